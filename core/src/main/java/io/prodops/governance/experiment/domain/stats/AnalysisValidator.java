package io.prodops.governance.experiment.domain.stats;

import io.prodops.governance.common.domain.FieldError;
import io.prodops.governance.common.domain.ValidationException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Rejects analysis input that breaks a rule, naming every offending field. */
final class AnalysisValidator {
    private AnalysisValidator() {
    }

    static void validate(AnalysisInput input) {
        List<FieldError> errors = new ArrayList<>();
        if (input.type() == null) {
            errors.add(FieldError.of("type", "is required (CONVERSION or CONTINUOUS)"));
        }
        if (input.direction() == null) {
            errors.add(FieldError.of("direction", "is required (INCREASE or DECREASE)"));
        }
        if (!(input.alpha() > 0 && input.alpha() < 1)) {
            errors.add(FieldError.of("alpha", "must be between 0 and 1 (exclusive)"));
        }
        variants("variants", input.type(), input.variants(), errors);
        if (input.variants().size() < 2) {
            errors.add(FieldError.of("variants", "need at least 2 arms (a control and a treatment)"));
        }
        if (input.controlName() == null || input.variants().stream().noneMatch(v -> input.controlName().equals(v.name()))) {
            errors.add(FieldError.of("controlName", "must name one of the variants"));
        }
        for (int g = 0; g < input.guardrails().size(); g++) {
            GuardrailInput guardrail = input.guardrails().get(g);
            String prefix = "guardrails[" + g + "]";
            if (guardrail.name() == null || guardrail.name().isBlank()) {
                errors.add(FieldError.of(prefix + ".name", "is required"));
            }
            if (guardrail.type() == null) {
                errors.add(FieldError.of(prefix + ".type", "is required (CONVERSION or CONTINUOUS)"));
            }
            if (guardrail.direction() == null) {
                errors.add(FieldError.of(prefix + ".direction", "is required (INCREASE or DECREASE)"));
            }
            if (!(guardrail.margin() >= 0 && guardrail.margin() < 1)) {
                errors.add(FieldError.of(prefix + ".margin", "must be at least 0 and below 1 (a relative margin)"));
            }
            variants(prefix + ".variants", guardrail.type(), guardrail.variants(), errors);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static void variants(String prefix, MetricType type, List<VariantResult> variants, List<FieldError> errors) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < variants.size(); i++) {
            VariantResult variant = variants.get(i);
            String field = prefix + "[" + i + "]";
            if (variant == null) {
                errors.add(FieldError.of(field, "is required"));
                continue;
            }
            if (variant.name() == null || variant.name().isBlank()) {
                errors.add(FieldError.of(field + ".name", "is required"));
            } else if (!names.add(variant.name())) {
                errors.add(FieldError.of(field + ".name", "repeats another arm's name"));
            }
            if (type != null && variant.type() != type) {
                errors.add(FieldError.of(field, "holds " + variant.type() + " results for a " + type + " metric"));
            }
            if (variant instanceof VariantResult.Conversion conversion) {
                if (conversion.users() < 0) {
                    errors.add(FieldError.of(field + ".users", "must not be negative"));
                }
                if (conversion.conversions() < 0) {
                    errors.add(FieldError.of(field + ".conversions", "must not be negative"));
                } else if (conversion.users() >= 0 && conversion.conversions() > conversion.users()) {
                    errors.add(FieldError.of(field + ".conversions", "must not exceed users"));
                }
            } else if (variant instanceof VariantResult.Continuous continuous) {
                if (continuous.n() < 0) {
                    errors.add(FieldError.of(field + ".n", "must not be negative"));
                }
                if (!Double.isFinite(continuous.mean())) {
                    errors.add(FieldError.of(field + ".mean", "must be a finite number"));
                }
                if (!Double.isFinite(continuous.sd()) || continuous.sd() < 0) {
                    errors.add(FieldError.of(field + ".sd", "must be a finite number, at least 0"));
                }
            }
        }
    }
}

package io.prodops.governance.experiment.domain;

import io.prodops.governance.common.domain.FieldError;
import io.prodops.governance.common.domain.ValidationException;
import io.prodops.governance.experiment.domain.stats.MetricType;
import io.prodops.governance.experiment.domain.stats.VariantResult;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks uploaded results against the design: per metric one entry per design variant (no unknown, missing or
 * repeated names), whole non-negative counts, conversions ≤ users, a finite mean and a non-negative standard
 * deviation; guardrail data only for guardrails of the design. Reports every problem at once through a
 * {@link Locator}, so JSON uploads name fields ({@code variants[1].conversions}, {@code guardrails[0].variants[1].n})
 * and CSV uploads name rows and columns.
 */
public final class ResultValidator {
    /** Far above any real experiment and far below overflow in the statistics. */
    static final BigDecimal MAX_COUNT = new BigDecimal("1000000000000");

    /** Places a problem: {@code entry} is the index of the entry, or -1 for the metric's entries as a whole. */
    public interface Locator {
        FieldError at(int entry, String field, String message);
    }

    private ResultValidator() {
    }

    /** A JSON upload: {@code {"variants": [...], "guardrails": [{"name", "variants": [...]}]?}}. */
    public static ResultSnapshot.Results validate(ExperimentDesign design, ResultEntry.Upload upload) {
        List<FieldError> errors = new ArrayList<>();
        List<VariantResult> primary = collect(errors, () -> metric(design, design.primaryMetric().type(), upload.variants(), json("variants")));
        List<ResultSnapshot.MetricResults> guardrails = new ArrayList<>();
        List<ResultEntry.GuardrailEntries> in = upload.guardrails() == null ? List.of() : upload.guardrails();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < in.size(); i++) {
            String f = "guardrails[" + i + "]";
            ResultEntry.GuardrailEntries g = in.get(i);
            Optional<Guardrail> defined = g == null || g.name() == null ? Optional.empty() : design.guardrail(g.name().strip());
            if (defined.isEmpty()) {
                errors.add(FieldError.of(f + ".name", "is not a guardrail of this experiment"));
                continue;
            }
            if (!seen.add(defined.get().name())) {
                errors.add(FieldError.of(f + ".name", "guardrail " + defined.get().name() + " appears twice"));
                continue;
            }
            List<VariantResult> values = collect(errors, () -> metric(design, defined.get().type(), g.variants(), json(f + ".variants")));
            if (values != null) {
                guardrails.add(new ResultSnapshot.MetricResults(defined.get().name(), values));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new ResultSnapshot.Results(primary, guardrails);
    }

    /** JSON field names below {@code prefix}: {@code prefix[i].field}. */
    static Locator json(String prefix) {
        return (entry, field, message) -> FieldError.of(entry < 0 ? prefix : prefix + "[" + entry + "]" + (field == null ? "" : "." + field), message);
    }

    static List<VariantResult> collect(List<FieldError> errors, java.util.function.Supplier<List<VariantResult>> check) {
        try {
            return check.get();
        } catch (ValidationException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    /** The results of one metric of type {@code type}, one per design variant, in design order. */
    public static List<VariantResult> metric(ExperimentDesign design, MetricType type, List<ResultEntry> entries, Locator where) {
        List<FieldError> errors = new ArrayList<>();
        List<VariantResult> out = new ArrayList<>();
        if (entries == null || entries.isEmpty()) {
            throw new ValidationException(List.of(where.at(-1, null, "send one result per variant")));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            ResultEntry e = entries.get(i);
            if (e == null) {
                errors.add(where.at(i, null, "is empty"));
                continue;
            }
            String name = e.name() == null ? null : e.name().strip();
            boolean known = false;
            if (name == null || name.isEmpty()) {
                errors.add(where.at(i, "name", "is required"));
            } else if (design.variant(name).isEmpty()) {
                errors.add(where.at(i, "name", "\"" + name + "\" is not a variant of this experiment (" + names(design) + ")"));
            } else if (!seen.add(name)) {
                errors.add(where.at(i, "name", "variant " + name + " appears twice"));
            } else {
                known = true;
            }
            int before = errors.size();
            if (type == MetricType.CONVERSION) {
                Long users = count(e.users(), i, "users", where, errors);
                Long conversions = count(e.conversions(), i, "conversions", where, errors);
                if (users != null && conversions != null && conversions > users) {
                    errors.add(where.at(i, "conversions", "must not exceed users (" + conversions + " > " + users + ")"));
                }
                if (errors.size() == before && known) {
                    out.add(VariantResult.conversion(name, users, conversions));
                }
            } else {
                Long n = count(e.n(), i, "n", where, errors);
                Double mean = number(e.mean(), i, "mean", where, errors);
                Double sd = number(e.sd(), i, "sd", where, errors);
                if (sd != null && sd < 0) {
                    errors.add(where.at(i, "sd", "must not be negative"));
                }
                if (errors.size() == before && known) {
                    out.add(VariantResult.continuous(name, n, mean, sd));
                }
            }
        }
        for (Variant v : design.variants()) {
            if (!seen.contains(v.name())) {
                errors.add(where.at(-1, null, "no result for variant " + v.name()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        // stored in design order, whatever order they came in
        return design.variants().stream().map(v -> out.stream().filter(d -> d.name().equals(v.name())).findFirst().orElseThrow()).toList();
    }

    private static Long count(BigDecimal value, int i, String field, Locator where, List<FieldError> errors) {
        if (value == null) {
            errors.add(where.at(i, field, "is required"));
            return null;
        }
        if (value.signum() < 0) {
            errors.add(where.at(i, field, "must not be negative"));
            return null;
        }
        if (value.stripTrailingZeros().scale() > 0) {
            errors.add(where.at(i, field, "must be a whole number"));
            return null;
        }
        if (value.compareTo(MAX_COUNT) > 0) {
            errors.add(where.at(i, field, "is larger than " + MAX_COUNT.toPlainString()));
            return null;
        }
        return value.longValueExact();
    }

    private static Double number(BigDecimal value, int i, String field, Locator where, List<FieldError> errors) {
        if (value == null) {
            errors.add(where.at(i, field, "is required"));
            return null;
        }
        double d = value.doubleValue();
        if (!Double.isFinite(d)) {
            errors.add(where.at(i, field, "is out of range"));
            return null;
        }
        return d;
    }

    private static String names(ExperimentDesign design) {
        return String.join(", ", design.variants().stream().map(Variant::name).toList());
    }
}

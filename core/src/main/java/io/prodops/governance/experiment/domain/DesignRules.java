package io.prodops.governance.experiment.domain;

import io.prodops.governance.common.domain.FieldError;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What may change in a design once data is coming in. In DESIGN everything may change. From RUNNING on, the fields
 * that define the test and its planned sample (primary metric, guardrails, variants and allocations, alpha, power,
 * MDE, baseline) are locked: changing them after seeing data would invalidate the analysis. The hypothesis wording,
 * expected daily users and planned dates stay editable until the experiment is DECIDED or ABANDONED, after which
 * nothing changes.
 */
public final class DesignRules {
    public static final List<String> LOCKED_WHILE_RUNNING = List.of("primaryMetric", "guardrails", "variants", "alpha", "power", "mde",
            "baselineRate", "baselineMean", "baselineSd");
    public static final List<String> ALWAYS_EDITABLE = List.of("hypothesis", "dailyUsers", "plannedStart", "plannedEnd");

    private DesignRules() {
    }

    public static List<String> lockedFields(ExperimentStatus status) {
        if (status == ExperimentStatus.DESIGN) {
            return List.of();
        }
        if (status.isFinal()) {
            List<String> all = new ArrayList<>(LOCKED_WHILE_RUNNING);
            all.addAll(ALWAYS_EDITABLE);
            return List.copyOf(all);
        }
        return LOCKED_WHILE_RUNNING;
    }

    /** One error per locked field that {@code next} changes compared with {@code current}. */
    public static List<FieldError> lockedChanges(ExperimentStatus status, ExperimentDesign current, ExperimentDesign next) {
        List<FieldError> errors = new ArrayList<>();
        if (status == ExperimentStatus.DESIGN) {
            return errors;
        }
        check(errors, "primaryMetric", current.primaryMetric(), next.primaryMetric(), status);
        check(errors, "guardrails", current.guardrails(), next.guardrails(), status);
        check(errors, "variants", current.variants(), next.variants(), status);
        check(errors, "alpha", current.alpha(), next.alpha(), status);
        check(errors, "power", current.power(), next.power(), status);
        check(errors, "mde", current.mde(), next.mde(), status);
        check(errors, "baselineRate", current.baselineRate(), next.baselineRate(), status);
        check(errors, "baselineMean", current.baselineMean(), next.baselineMean(), status);
        check(errors, "baselineSd", current.baselineSd(), next.baselineSd(), status);
        return errors;
    }

    private static void check(List<FieldError> errors, String field, Object before, Object after, ExperimentStatus status) {
        if (!Objects.equals(before, after)) {
            errors.add(FieldError.of(field, "is locked once the experiment is " + status + " (it defines the test and its planned sample)"));
        }
    }
}

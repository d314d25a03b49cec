package io.prodops.governance.experiment.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A validated experiment design (see {@link DesignValidator}). Conversion metrics carry {@code baselineRate};
 * continuous ones {@code baselineMean} and {@code baselineSd}; the other baseline fields are null.
 *
 * @param mde        minimum detectable effect, relative to the baseline (0.10 = 10 %), applied in the metric's direction
 * @param dailyUsers expected eligible users per day over all variants
 */
public record ExperimentDesign(Hypothesis hypothesis, Metric primaryMetric, List<Guardrail> guardrails, List<Variant> variants,
                               double alpha, double power, double mde, Double baselineRate, Double baselineMean, Double baselineSd,
                               int dailyUsers, LocalDate plannedStart, LocalDate plannedEnd) {
    public static final double DEFAULT_ALPHA = 0.05;
    public static final double DEFAULT_POWER = 0.8;
    public static final double DEFAULT_MDE = 0.10;

    public ExperimentDesign {
        guardrails = List.copyOf(guardrails);
        variants = List.copyOf(variants);
    }

    public Variant control() {
        return variants.stream().filter(Variant::control).findFirst().orElseThrow();
    }

    public Optional<Variant> variant(String name) {
        return variants.stream().filter(v -> v.name().equals(name)).findFirst();
    }

    public Optional<Guardrail> guardrail(String name) {
        return guardrails.stream().filter(g -> g.name().equalsIgnoreCase(name)).findFirst();
    }

    public int treatmentCount() {
        return variants.size() - 1;
    }
}

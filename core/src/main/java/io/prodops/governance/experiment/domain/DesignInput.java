package io.prodops.governance.experiment.domain;

import java.util.List;

/**
 * A design as a client sent it, before validation: every field may be missing (null), so {@link DesignValidator} can
 * name each problem. Enum-valued fields arrive as text so that a wrong value is a field error too.
 */
public record DesignInput(HypothesisInput hypothesis, MetricInput primaryMetric, List<GuardrailInput> guardrails, List<VariantInput> variants,
                          Double alpha, Double power, Double mde, Double baselineRate, Double baselineMean, Double baselineSd,
                          Double dailyUsers, String plannedStart, String plannedEnd) {
    public record HypothesisInput(String weBelieve, String willResultIn, String measuredBy) {
    }

    public record MetricInput(String name, String type, String direction) {
    }

    public record GuardrailInput(String name, String type, String direction, Double margin) {
    }

    public record VariantInput(String name, Double allocation, Boolean control) {
    }
}

package io.prodops.governance.experiment.domain.stats;

/** Sample size, duration and detectable effect of an experiment (formulas in docs/architecture.md). */
public final class SampleSizePlanner {
    public Plan plan(PlanRequest request) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The smallest relative MDE detectable within {@code days}; null when no effect in the valid range can be. */
    public Double detectableEffect(PlanRequest request, long days) {
        throw new UnsupportedOperationException("not yet");
    }
}

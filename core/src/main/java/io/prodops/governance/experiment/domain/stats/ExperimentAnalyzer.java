package io.prodops.governance.experiment.domain.stats;

/** Lift, intervals, p-values, probability to beat control, SRM and guardrails of a results snapshot. */
public final class ExperimentAnalyzer {
    public Analysis analyze(AnalysisInput input) {
        throw new UnsupportedOperationException("not yet");
    }
}

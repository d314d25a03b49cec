/**
 * The statistics of experiments, as pure functions over records: {@link io.prodops.governance.experiment.domain.stats.SampleSizePlanner}
 * (sample size, duration, detectable effect) and {@link io.prodops.governance.experiment.domain.stats.ExperimentAnalyzer}
 * (lift, intervals, p-values, probability to beat control, sample-ratio mismatch, guardrails). Distributions come from
 * Hipparchus; no randomness; every number returned is finite or null with a reason. The formulas are listed in
 * docs/architecture.md, "Experiment statistics".
 */
package io.prodops.governance.experiment.domain.stats;

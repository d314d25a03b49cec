package io.prodops.governance.experiment.domain;

import io.prodops.governance.experiment.domain.stats.Analysis;
import io.prodops.governance.experiment.domain.stats.Plan;

/**
 * The analysis of an experiment's latest result snapshot against its design.
 *
 * @param snapshot null when no results were entered yet (then {@code analysis} is null too)
 */
public record ExperimentAnalysisView(ExperimentView experiment, ResultSnapshot snapshot, Analysis analysis, Plan plan) {
}

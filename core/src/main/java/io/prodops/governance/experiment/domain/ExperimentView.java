package io.prodops.governance.experiment.domain;

import io.prodops.governance.common.domain.IssueFacts;
import io.prodops.governance.experiment.domain.stats.Plan;

import java.util.List;

/**
 * An experiment as the caller sees it.
 *
 * @param plan         the sample size and duration the design implies
 * @param lockedFields design fields that can no longer change in the current status (see {@link DesignRules})
 */
public record ExperimentView(IssueFacts issue, Experiment experiment, Plan plan, boolean canEdit, List<String> lockedFields) {
}

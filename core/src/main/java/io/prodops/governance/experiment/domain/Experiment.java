package io.prodops.governance.experiment.domain;

import io.prodops.governance.common.domain.RevisionInfo;

import java.time.Instant;

/**
 * The experiment tracked by one Experiment issue: its design, where it stands, and the decision once made. One
 * revision covers design, status and decision; result snapshots are appended separately and do not change it.
 *
 * @param decision null until DECIDED
 */
public record Experiment(long issueId, long projectId, ExperimentDesign design, ExperimentStatus status, DecisionRecord decision,
                         RevisionInfo revision, String createdBy, Instant createdAt) {
}

package io.prodops.governance.experiment.domain;

import java.time.Instant;

/**
 * An experiment that informs an initiative, as the launch-readiness EXPERIMENTS_DECIDED gate sees it.
 *
 * @param status     null when the linked issue has no experiment yet
 * @param decision   null until the experiment is DECIDED
 * @param decidedAt  likewise
 */
public record ExperimentDecisionSummary(long experimentIssueId, String issueKey, String summary, ExperimentStatus status, Decision decision,
                                        Instant decidedAt) {
    /** Decided (any decision) or abandoned: nothing is left open. */
    public boolean concluded() {
        return status != null && status.isFinal();
    }
}

package io.prodops.governance.readiness.domain;

import java.time.Instant;
import java.util.Objects;

/** An evaluation recorded when a workflow transition ran (who, when, which transition), append-only, for audit. */
public record ReadinessSnapshot(long id, long issueId, String userKey, Instant takenAt, String transitionName, Evaluation evaluation) {
    public ReadinessSnapshot {
        Objects.requireNonNull(takenAt, "takenAt");
        Objects.requireNonNull(evaluation, "evaluation");
    }
}

package io.prodops.governance.readiness.domain;

import io.prodops.governance.common.domain.Page;
import io.prodops.governance.common.domain.PageRequest;

import java.time.Instant;
import java.util.Optional;

/** Stored evaluations (domain-owned interface): the latest per (issue, gate set) and the transition snapshots. */
public interface ReadinessEvaluationRepository {
    /** Replaces the latest evaluation of the issue for the evaluation's gate set (one row per pair). */
    void storeLatest(long projectId, Evaluation evaluation);

    Optional<Evaluation> latest(long issueId, String gatesetKey);

    /** Appends a snapshot; snapshots are never changed or deleted. */
    ReadinessSnapshot addSnapshot(long projectId, Evaluation evaluation, String userKey, String transitionName, Instant takenAt);

    /** Newest first. */
    Page<ReadinessSnapshot> snapshots(long issueId, PageRequest page);
}

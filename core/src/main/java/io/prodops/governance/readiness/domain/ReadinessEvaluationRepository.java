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

    /**
     * The latest evaluation of each issue against the gate set given for it (issues never evaluated against it are
     * left out), for lists such as the portfolio. Stores override the one-by-one default with batched queries.
     */
    default java.util.Map<Long, Evaluation> latest(java.util.Map<Long, String> gatesetByIssue) {
        java.util.Map<Long, Evaluation> out = new java.util.LinkedHashMap<>();
        gatesetByIssue.forEach((issueId, key) -> latest(issueId, key).ifPresent(e -> out.put(issueId, e)));
        return out;
    }

    /** Appends a snapshot; snapshots are never changed or deleted. */
    ReadinessSnapshot addSnapshot(long projectId, Evaluation evaluation, String userKey, String transitionName, Instant takenAt);

    /** Newest first. */
    Page<ReadinessSnapshot> snapshots(long issueId, PageRequest page);
}

package io.prodops.governance.experiment.domain;

import io.prodops.governance.common.domain.Page;
import io.prodops.governance.common.domain.PageRequest;
import io.prodops.governance.common.domain.RevisionInfo;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Stores experiments, one per Experiment issue, and their result snapshots (domain-owned interface). Writes of the
 * experiment carry the revision they were based on and throw
 * {@link io.prodops.governance.common.domain.ConflictException} when it is stale; callers run them in a transaction.
 */
public interface ExperimentRepository {
    Optional<Experiment> findByIssueId(long issueId);

    /** Inside a write's transaction, first thing: locks the experiment's row until the transaction ends, then loads it. */
    Optional<Experiment> lockAndLoad(long issueId);

    /** Status and decision of the experiments of these issues (issues without one are left out), in one query. */
    List<ExperimentState> findStates(Collection<Long> issueIds);

    /** What {@link #findStates} returns. */
    record ExperimentState(long issueId, ExperimentStatus status, Decision decision, java.time.Instant decidedAt) {
    }

    /** Creates the experiment of an issue in DESIGN at revision 1. */
    Experiment create(long issueId, long projectId, ExperimentDesign design, String userKey);

    /** Replaces design, status and decision together (the decision may be null). */
    RevisionInfo save(long issueId, ExperimentDesign design, ExperimentStatus status, DecisionRecord decision, int expectedRevision,
                      String userKey);

    /**
     * Appends the next snapshot (number = latest + 1). Call after {@link #lockAndLoad} in the same transaction, so
     * uploads of one experiment are numbered one after another; the unique (EXPERIMENT_ID, SNAPSHOT_NO) index backs it.
     */
    ResultSnapshot addSnapshot(long issueId, ResultSource source, ResultSnapshot.Results results, String userKey);

    Optional<ResultSnapshot> latestSnapshot(long issueId);

    /**
     * The latest snapshot of each of these issues' experiments with the design's arms (experiments without results
     * are left out), for lists such as the portfolio's sample-ratio check. Stores override the one-by-one default
     * with a constant number of batched queries.
     */
    default List<LatestResults> latestResults(Collection<Long> issueIds) {
        return issueIds.stream().distinct().flatMap(id -> findByIssueId(id).stream())
                .flatMap(e -> latestSnapshot(e.issueId()).map(s -> new LatestResults(e.issueId(), e.design().variants(), s)).stream())
                .toList();
    }

    /** What {@link #latestResults} returns: the arms as designed (with their planned allocation) and the latest snapshot. */
    record LatestResults(long issueId, List<Variant> variants, ResultSnapshot snapshot) {
        public LatestResults {
            variants = List.copyOf(variants);
        }
    }

    /** Newest first, one page at a time. */
    Page<ResultSnapshot> snapshots(long issueId, PageRequest page);
}

package io.prodops.governance.portfolio.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * Stores {@link PortfolioSummary} rows, one per initiative (domain-owned interface). Lookups take at most
 * {@link #BATCH} ids per call so no query carries an unbounded IN list; callers split larger sets.
 */
public interface PortfolioSummaryRepository {
    int BATCH = 500;

    Optional<PortfolioSummary> find(long issueId);

    /** The rows of these issues (ids without a row are left out), in one query; at most {@link #BATCH} ids. */
    List<PortfolioSummary> findByIssueIds(Collection<Long> issueIds);

    /** Inserts or replaces each row by issue id, in the caller's transaction; at most {@link #BATCH} rows. */
    void upsert(List<PortfolioSummary> rows);

    /** Deletes the rows of these issues (no longer initiatives, or deleted); at most {@link #BATCH} ids. */
    int delete(Collection<Long> issueIds);

    /** Every stored issue id, streamed in id order without loading rows into memory. */
    void forEachIssueId(LongConsumer consumer);

    long count();
}

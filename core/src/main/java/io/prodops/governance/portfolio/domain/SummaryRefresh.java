package io.prodops.governance.portfolio.domain;

import java.util.Collection;

/**
 * Keeps the stored portfolio summaries in step with their inputs. Event handlers (issue events in Jira, PRD, readiness
 * and experiment changes in the app) call {@link #refresh}; a periodic cluster-wide job calls {@link #reconcile}.
 * Both work with full visibility: summaries are filtered by permission when they are read, never when written.
 */
public interface SummaryRefresh {
    /**
     * Rebuilds the summaries of these issues (initiatives get a row, issues that are not initiatives or no longer exist
     * lose theirs), in batches of at most {@link PortfolioSummaryRepository#BATCH}; one transaction per batch.
     */
    void refresh(Collection<Long> issueIds);

    /**
     * Something about these issues changed that may affect the initiatives they belong to (an experiment informing an
     * initiative, a child issue): refreshes the affected initiatives, and the issues themselves if they are ones.
     */
    void refreshAffected(Collection<Long> issueIds);

    /** Rebuilds every initiative's summary and removes rows of issues that are no longer initiatives; streamed. */
    ReconcileResult reconcile();

    /** @param rebuilt rows written, @param removed rows deleted, @param millis time taken */
    record ReconcileResult(int rebuilt, int removed, long millis) {
    }
}

package io.prodops.governance.portfolio.domain;

import io.prodops.governance.common.port.IssueDataChanged;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Collection;

/**
 * The portfolio listening to the app's own changes: PRDs, readiness evaluations and experiments tell it which issues
 * changed, and the summaries of the initiatives those issues affect are rebuilt (right after the change committed).
 */
@Named
public class SummaryRefreshOnChange implements IssueDataChanged {
    private final SummaryRefresh refresh;

    @Inject
    public SummaryRefreshOnChange(SummaryRefresh refresh) {
        this.refresh = refresh;
    }

    @Override
    public void changed(Collection<Long> issueIds) {
        if (!issueIds.isEmpty()) {
            refresh.refreshAffected(issueIds);
        }
    }
}

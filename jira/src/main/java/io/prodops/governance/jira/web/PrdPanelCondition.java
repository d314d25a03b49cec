package io.prodops.governance.jira.web;

import com.atlassian.plugin.web.Condition;
import io.prodops.governance.common.domain.Access;
import jakarta.inject.Inject;

import java.util.Map;

/**
 * Shows the PRD web panel only to callers who may browse the viewed issue (the context's {@code issue}): logged-in
 * users with Browse permission, or anonymous visitors where Jira's anonymous Browse permission covers the issue.
 */
public class PrdPanelCondition implements Condition {
    private final Access access;

    @Inject
    public PrdPanelCondition(Access access) {
        this.access = access;
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return IssuePanels.browsableIssue(access, context).isPresent();
    }
}

package com.atlassian.jira.workflow.condition;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.workflow.WorkflowFunctionUtils;
import com.opensymphony.workflow.Condition;

import java.util.Map;

/**
 * Declaration of the base class our condition extends and the member we call. Source: Jira AbstractJiraCondition
 * source (public code search id 17049348139): {@code protected Issue getIssue(Map transientVars)} returns the original
 * issue ({@code transientVars.get(ORIGINAL_ISSUE_KEY)}, else looked up by workflow entry); shared/atlassian-platform.md
 * §2.10. The body only serves our tests.
 */
@SuppressWarnings("rawtypes")
public abstract class AbstractJiraCondition extends WorkflowFunctionUtils implements Condition {
    public AbstractJiraCondition() {
    }

    protected Issue getIssue(Map transientVars) {
        Object original = transientVars.get(ORIGINAL_ISSUE_KEY);
        return (Issue) (original != null ? original : transientVars.get("issue"));
    }
}

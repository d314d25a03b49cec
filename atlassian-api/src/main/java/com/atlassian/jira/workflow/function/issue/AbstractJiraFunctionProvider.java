package com.atlassian.jira.workflow.function.issue;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.workflow.WorkflowFunctionUtils;
import com.opensymphony.workflow.FunctionProvider;

import java.util.Map;

/**
 * Declaration of the base class our post-function extends and the member we call. Source: Jira
 * AbstractJiraFunctionProvider source (@PublicSpi, public code search id 17265898713): {@code protected MutableIssue
 * getIssue(Map transientVars)} ({@code transientVars.get("issue")}, else looked up by workflow entry);
 * shared/atlassian-platform.md §2.10. The body only serves our tests.
 */
@SuppressWarnings("rawtypes")
public abstract class AbstractJiraFunctionProvider extends WorkflowFunctionUtils implements FunctionProvider {
    public AbstractJiraFunctionProvider() {
    }

    protected MutableIssue getIssue(Map transientVars) {
        return (MutableIssue) transientVars.get("issue");
    }
}

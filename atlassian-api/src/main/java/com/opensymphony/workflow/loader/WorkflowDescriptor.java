package com.opensymphony.workflow.loader;

/** Declaration of the member we call. Source: OSWorkflow WorkflowDescriptor source, public ActionDescriptor getAction(int id) (public code search id 20176823858); Jira puts it into transientVars as "descriptor" next to "actionId" (Atlassian Connect's post-function, public code search id 33347736168). */
public class WorkflowDescriptor extends AbstractDescriptor {
    WorkflowDescriptor() {
    }

    public ActionDescriptor getAction(int id) {
        return null;
    }
}

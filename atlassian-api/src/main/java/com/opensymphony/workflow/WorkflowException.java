package com.opensymphony.workflow;

/** Declaration of the constructor we call. Source: shared/atlassian-platform.md §2.10 (OSWorkflow WorkflowException(String); "use only (String)"). */
public class WorkflowException extends Exception {
    public WorkflowException(String message) {
        super(message);
    }
}

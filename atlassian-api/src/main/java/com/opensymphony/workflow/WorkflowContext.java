package com.opensymphony.workflow;

/** Declaration of the member we read (through WorkflowFunctionUtils.getCallerKey). Source: Jira WorkflowUtil.getCallerKey(Map) casts transientVars.get("context") to WorkflowContext and returns getCaller(), the caller's user key since Jira 6.0 (public code search id 17126936889). */
public interface WorkflowContext {
    String getCaller();
}

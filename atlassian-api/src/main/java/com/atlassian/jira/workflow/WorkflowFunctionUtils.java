package com.atlassian.jira.workflow;

import com.opensymphony.workflow.WorkflowContext;

import java.util.Map;

/**
 * Declaration of the members we call. Source: Jira WorkflowFunctionUtils source (public code search id 17185108980):
 * {@code public static String getCallerKey(Map transientVars, Map args)} (args "userKey", else WorkflowUtil.getCallerKey:
 * the workflow context's caller, public code search id 17126936889), {@code ORIGINAL_ISSUE_KEY}. The body mirrors that
 * lookup for our tests; Jira supplies the class.
 */
@SuppressWarnings("rawtypes")
public class WorkflowFunctionUtils {
    public static final String ORIGINAL_ISSUE_KEY = "originalissueobject";

    public WorkflowFunctionUtils() {
    }

    public static String getCallerKey(Map transientVars, Map args) {
        if (args != null && args.get("userKey") instanceof String key && !key.isEmpty()) {
            return key;
        }
        if (transientVars != null && transientVars.get("context") instanceof WorkflowContext context) {
            return context.getCaller();
        }
        return null;
    }
}

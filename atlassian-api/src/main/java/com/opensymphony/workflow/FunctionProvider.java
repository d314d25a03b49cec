package com.opensymphony.workflow;

import com.opensymphony.module.propertyset.PropertySet;

import java.util.Map;

/** Declaration of the interface our post-function implements (via AbstractJiraFunctionProvider). Source: shared/atlassian-platform.md §2.10 (execute(Map, Map, PropertySet) throws WorkflowException, quoted in Jira's AbstractJiraFunctionProvider javadoc, public code search id 17265898713). */
@SuppressWarnings("rawtypes")
public interface FunctionProvider {
    void execute(Map transientVars, Map args, PropertySet ps) throws WorkflowException;
}

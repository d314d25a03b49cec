package com.opensymphony.workflow;

import com.opensymphony.module.propertyset.PropertySet;

import java.util.Map;

/** Declaration of the interface our condition implements (via AbstractJiraCondition). Source: shared/atlassian-platform.md §2.10 (OSWorkflow Condition.java, public code search). */
@SuppressWarnings("rawtypes")
public interface Condition {
    boolean passesCondition(Map transientVars, Map args, PropertySet ps) throws WorkflowException;
}

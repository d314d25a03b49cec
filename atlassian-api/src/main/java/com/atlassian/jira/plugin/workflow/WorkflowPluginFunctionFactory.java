package com.atlassian.jira.plugin.workflow;

/** Declaration of the marker interface our factory implements. Source: shared/atlassian-platform.md §2.10 (WorkflowPluginFunctionFactory extends WorkflowPluginFactory). */
public interface WorkflowPluginFunctionFactory extends WorkflowPluginFactory {
}

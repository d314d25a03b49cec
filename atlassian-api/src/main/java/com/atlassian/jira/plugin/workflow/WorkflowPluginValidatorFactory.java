package com.atlassian.jira.plugin.workflow;

/** Declaration of the marker interface our factory implements. Source: shared/atlassian-platform.md §2.10 (WorkflowPluginValidatorFactory extends WorkflowPluginFactory). */
public interface WorkflowPluginValidatorFactory extends WorkflowPluginFactory {
}

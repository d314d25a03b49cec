package com.atlassian.jira.issue.fields.config;

/** Declaration of the members we call. Source: Jira's own FieldConfigScheme.java (@PublicApi interface with Long getId() and String getName(), Jira 6.x source found with the code search); used on issue type schemes by Zephyr's ZephyrProjectEventListener and by cures-condec-jira's MockIssueTypeSchemeManager (8.20). */
public interface FieldConfigScheme {
    Long getId();

    String getName();
}

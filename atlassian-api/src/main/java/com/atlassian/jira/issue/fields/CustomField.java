package com.atlassian.jira.issue.fields;

/** Declaration of the members we call. Source: shared/atlassian-platform.md §2.9 (CustomField: String getId(), String getName()). */
public interface CustomField {
    String getId();

    String getName();
}

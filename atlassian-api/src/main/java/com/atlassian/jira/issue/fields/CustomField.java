package com.atlassian.jira.issue.fields;

import com.atlassian.jira.issue.customfields.CustomFieldType;

/**
 * Declaration of the members we call. Source: shared/atlassian-platform.md §2.9 (CustomField: String getId(), String
 * getName()); {@code CustomFieldType getCustomFieldType()} (may be null) from Jira's CustomField source (public code
 * search id 17188948485).
 */
public interface CustomField {
    String getId();

    String getName();

    @SuppressWarnings("rawtypes")
    CustomFieldType getCustomFieldType();
}

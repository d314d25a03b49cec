package com.atlassian.jira.issue.customfields;

/**
 * Declaration of the member we call. Source: Jira's CustomField source ("Looks up the CustomFieldType ... can return
 * null", public code search id 17188948485) and Jira's tests mocking CustomFieldType#getKey (id 37021877070); apps
 * compare {@code getCustomFieldType().getKey()} with {@code com.atlassian.jira.plugin.system.customfieldtypes:datepicker}
 * / {@code :datetime} (id 4641550216).
 */
public interface CustomFieldType<T, S> {
    String getKey();
}

package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;

/** Declaration of the member we call. Source: Jira CustomFieldManager source ("Get a CustomField by its text key (eg 'customfield_10000') ... or null if not found", public code search id 17115007819); shared/atlassian-platform.md §2.9. */
public interface CustomFieldManager {
    CustomField getCustomFieldObject(String id);
}

package com.atlassian.jira.issue.status.category;

/** Declaration of the members we use. Source: Jira StatusCategory source (@since 6.1), public code search id 17076882824. */
public interface StatusCategory {
    String UNDEFINED = "undefined";
    String TO_DO = "new";
    String IN_PROGRESS = "indeterminate";
    String COMPLETE = "done";

    String getKey();
}

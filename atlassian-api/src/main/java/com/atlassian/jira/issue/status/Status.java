package com.atlassian.jira.issue.status;

import com.atlassian.jira.issue.IssueConstant;
import com.atlassian.jira.issue.status.category.StatusCategory;

/** Declaration of the member we call. Source: shared/atlassian-platform.md §2.9 + 3P Jira-plugin usage issue.getStatus().getStatusCategory().getKey() (public code search id 45382931219). */
public interface Status extends IssueConstant {
    StatusCategory getStatusCategory();
}

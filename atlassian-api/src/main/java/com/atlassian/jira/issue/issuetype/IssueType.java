package com.atlassian.jira.issue.issuetype;

import com.atlassian.jira.issue.IssueConstant;

/** Declaration (getName() inherited). Source: shared/atlassian-platform.md §2.9. */
public interface IssueType extends IssueConstant {
}

package com.atlassian.jira.issue;

/** Declaration of the member we call. Source: shared/atlassian-platform.md §2.9 (IssueType and Status extend IssueConstant; getName()). */
public interface IssueConstant {
    String getName();
}

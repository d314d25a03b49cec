package com.atlassian.jira.issue;

/** Declaration of the members we call. Source: shared/atlassian-platform.md §2.9 (IssueType and Status extend IssueConstant; getName()); getId() and getDescription() on IssueType in testit-tms/jira-plugin TestCaseIssueType.java (jira-api 11.3.6). */
public interface IssueConstant {
    String getName();

    String getId();

    String getDescription();
}

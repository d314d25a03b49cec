package com.atlassian.jira.issue;

/** Declaration of the members we call. Source: shared/atlassian-platform.md §2.9 (Jira javadoc 7.0.6 IssueManager: getIssueObject(Long), getIssueObject(String)). */
public interface IssueManager {
    MutableIssue getIssueObject(Long id);

    MutableIssue getIssueObject(String key);
}

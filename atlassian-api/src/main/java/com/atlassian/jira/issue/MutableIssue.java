package com.atlassian.jira.issue;

/** Declaration (IssueManager returns it; we only read it as an Issue). Source: shared/atlassian-platform.md §2.9. */
public interface MutableIssue extends Issue {
}

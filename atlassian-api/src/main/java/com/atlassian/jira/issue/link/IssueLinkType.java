package com.atlassian.jira.issue.link;

/** Declaration of the member we call. Source: shared/atlassian-platform.md §2.9 (IssueLink.getIssueLinkType()); getName() [K]. */
public interface IssueLinkType {
    String getName();
}

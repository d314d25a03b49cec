package com.atlassian.jira.issue.link;

/** Declaration of the members we call. Source: shared/atlassian-platform.md §2.9 (IssueLink.getIssueLinkType()); getName() [K]; getId(), getOutward(), getInward() from cures-hub/cures-condec-jira MockIssueLinkType (implements IssueLinkType, 8.20). */
public interface IssueLinkType {
    String getName();

    Long getId();

    String getOutward();

    String getInward();
}

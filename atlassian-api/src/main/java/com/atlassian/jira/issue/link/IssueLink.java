package com.atlassian.jira.issue.link;

/** Declaration of the members we call. Source: cures-hub/cures-condec-jira src/test/java/de/uhd/ifi/se/decision/management/jira/mocks/MockIssueLink.java (implements IssueLink, Jira 8.20). */
public interface IssueLink {
    Long getSourceId();

    Long getDestinationId();

    IssueLinkType getIssueLinkType();
}

package com.atlassian.jira.event.issue.link;

import com.atlassian.jira.issue.link.IssueLink;

/** Declaration of the member we call. Source: Jira apps listening to com.atlassian.jira.event.issue.link.IssueLinkDeletedEvent with @EventListener and calling getIssueLink() (public code search id 7308106853; condec, id 31173782). Class vs interface and finality not seen in Jira's own source (see jira/README.md). */
public class IssueLinkDeletedEvent {
    private IssueLinkDeletedEvent() {
    }

    public IssueLink getIssueLink() {
        return null;
    }
}

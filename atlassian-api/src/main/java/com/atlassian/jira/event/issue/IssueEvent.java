package com.atlassian.jira.event.issue;

import com.atlassian.jira.issue.Issue;

/**
 * Declaration of the members we call. Source: Jira IssueEvent source (@PublicApi final class, getIssue(),
 * getEventTypeId(); public code search id 17817638557); Jira 10/11 apps listen to it with @EventListener (public code
 * search id 7308106853). Jira also publishes one IssueEvent per event of an IssueEventBundle (Jira's
 * DefaultIssueEventManager test, public code search id 17167278037), so listening to IssueEvent alone sees them all.
 * No constructor is declared: we never create one (tests mock it).
 */
public final class IssueEvent {
    private IssueEvent() {
    }

    public Issue getIssue() {
        return null;
    }

    public Long getEventTypeId() {
        return null;
    }
}

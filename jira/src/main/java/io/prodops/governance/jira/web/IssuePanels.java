package io.prodops.governance.jira.web;

import com.atlassian.jira.issue.Issue;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.prodops.governance.common.domain.Access;
import io.prodops.governance.common.domain.GovernanceException;
import io.prodops.governance.common.domain.IssueFacts;

import java.util.Map;
import java.util.Optional;

/** What the issue-view web panels' conditions and context providers share. */
final class IssuePanels {
    /** Jira puts the viewed issue into a web panel's context under this name. */
    static final String ISSUE = "issue";
    /** The panel templates' view model. */
    static final String VIEW = "view";

    private IssuePanels() {
    }

    /**
     * The context's issue, if the caller may browse it (logged-in users with Browse permission, or anonymous visitors
     * where Jira's anonymous Browse permission covers it); the facts carry the issue's current key.
     */
    static Optional<IssueFacts> browsableIssue(Access access, Map<String, Object> context) {
        if (!(context.get(ISSUE) instanceof Issue issue) || issue.getKey() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(access.requireBrowsable(issue.getKey()));
        } catch (GovernanceException e) {
            return Optional.empty(); // not logged in and no anonymous access, or not browsable
        }
    }

    /** Jira's context path ("" or e.g. "/jira"), the base of the REST and page URLs the panels use. */
    static String contextPath(ApplicationProperties application) {
        String base = application.getBaseUrl(UrlMode.RELATIVE);
        if (base == null) {
            return "";
        }
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}

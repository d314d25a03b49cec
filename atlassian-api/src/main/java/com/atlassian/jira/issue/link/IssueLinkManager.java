package com.atlassian.jira.issue.link;

import java.util.List;

/** Declaration of the members we call. Source: shared/atlassian-platform.md §2.9 (complete 8.20 list from cures-hub/cures-condec-jira MockIssueLinkManager). */
public interface IssueLinkManager {
    List<IssueLink> getOutwardLinks(Long issueId);

    List<IssueLink> getInwardLinks(Long issueId);
}

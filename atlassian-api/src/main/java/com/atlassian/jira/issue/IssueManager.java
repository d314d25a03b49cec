package com.atlassian.jira.issue;

import java.util.Collection;
import java.util.List;

/**
 * Declaration of the members we call. Source: shared/atlassian-platform.md §2.9 (Jira javadoc 7.0.6 IssueManager:
 * getIssueObject(Long), getIssueObject(String)); getIssueObjects(Collection&lt;Long&gt;) returning List&lt;Issue&gt; "sorted
 * in the order that the ids were given in; any ids that are not found will be missing from the list" from Jira's
 * IssueManager source (Jira 6.x, public code search id 16989015994; DefaultIssueManager id 17335536036).
 */
public interface IssueManager {
    MutableIssue getIssueObject(Long id);

    MutableIssue getIssueObject(String key);

    List<Issue> getIssueObjects(Collection<Long> ids);
}

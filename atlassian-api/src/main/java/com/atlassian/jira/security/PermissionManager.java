package com.atlassian.jira.security;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

/** Declaration of the member we call. Source: shared/atlassian-platform.md §2.9 + Jira DefaultPermissionManager source, public code search id 17924161051 (hasPermission(ProjectPermissionKey, Issue, ApplicationUser)). */
public interface PermissionManager {
    boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user);
}

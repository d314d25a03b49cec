package com.atlassian.jira.permission;

import com.atlassian.jira.security.plugin.ProjectPermissionKey;

/** Declaration of the constants we read. Source: shared/atlassian-platform.md §2.9 (docs.atlassian.com/jira/latest/com/atlassian/jira/permission/ProjectPermissions.html). */
public final class ProjectPermissions {
    public static final ProjectPermissionKey BROWSE_PROJECTS = new ProjectPermissionKey("BROWSE_PROJECTS");
    public static final ProjectPermissionKey EDIT_ISSUES = new ProjectPermissionKey("EDIT_ISSUES");

    private ProjectPermissions() {
    }
}

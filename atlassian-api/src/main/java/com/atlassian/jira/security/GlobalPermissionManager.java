package com.atlassian.jira.security;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

/** Declaration of the member we call. Source: shared/atlassian-platform.md §2.9 (hasPermission(GlobalPermissionKey.ADMINISTER, user) in a Jira 10.3/11 plugin, alanmosely/jira-watcher-field-plugin). */
public interface GlobalPermissionManager {
    boolean hasPermission(GlobalPermissionKey permissionKey, ApplicationUser user);
}

package com.atlassian.jira.security.groups;

import com.atlassian.jira.user.ApplicationUser;

/** Declaration of the member we call. Source: docs.atlassian.com/jira/server/com/atlassian/jira/security/groups/GroupManager.html (ApplicationUser-based members) + 3P usage groupManager.isUserInGroup(ApplicationUser, String) (gist vikrantyadav11/cfe7ffa1). */
public interface GroupManager {
    boolean isUserInGroup(ApplicationUser user, String groupName);
}

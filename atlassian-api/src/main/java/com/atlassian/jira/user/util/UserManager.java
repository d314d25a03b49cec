package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

/** Declaration of the member we call. Source: docs.atlassian.com/jira/6.3.15/com/atlassian/jira/user/util/UserManager.html + public code search id 17641223251 ("ApplicationUser getUserByKey(String userkey)", since 6.0). */
public interface UserManager {
    ApplicationUser getUserByKey(String userKey);
}

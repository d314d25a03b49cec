package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;

/** Declaration of the member we call. Source: shared/atlassian-platform.md §2.9 (getLoggedInUser() used by a Jira 10.3/11 plugin, alanmosely/jira-watcher-field-plugin). */
public interface JiraAuthenticationContext {
    ApplicationUser getLoggedInUser();
}

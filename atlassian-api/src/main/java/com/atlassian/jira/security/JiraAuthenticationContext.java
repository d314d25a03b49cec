package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;

/**
 * Declaration of the members we call. Source: shared/atlassian-platform.md §2.9 (getLoggedInUser() used by a Jira 10.3/11
 * plugin, alanmosely/jira-watcher-field-plugin; getLocale() listed in the JiraAuthenticationContext javadoc at
 * docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/security/JiraAuthenticationContext.html).
 */
public interface JiraAuthenticationContext {
    ApplicationUser getLoggedInUser();

    java.util.Locale getLocale();
}

package com.atlassian.jira.config;

import com.atlassian.jira.user.ApplicationUser;

import java.util.Locale;

/** Declaration of the member we call. Source: Jira LocaleManager source (@PublicApi, "Returns the locale for the given user": Locale getLocaleFor(ApplicationUser), public code search id 17323369820). */
public interface LocaleManager {
    Locale getLocaleFor(ApplicationUser user);
}

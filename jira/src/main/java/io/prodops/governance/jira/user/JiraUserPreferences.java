package io.prodops.governance.jira.user;

import com.atlassian.jira.config.LocaleManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.prodops.governance.common.domain.UserRef;
import io.prodops.governance.common.port.UserPreferences;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.ZoneId;
import java.util.Locale;
import java.util.TimeZone;

/**
 * {@link UserPreferences} over Jira's user profile: the language from {@code LocaleManager.getLocaleFor(user)} (Jira's
 * default language for anonymous callers and unknown keys), the time zone of the logged-in user when it is the user
 * asked about, else Jira's default time zone (the readers of rendered readiness texts are the callers themselves).
 */
@Named
public class JiraUserPreferences implements UserPreferences {
    private final UserManager users;
    private final LocaleManager locales;
    private final TimeZoneManager timeZones;
    private final JiraAuthenticationContext authentication;

    @Inject
    public JiraUserPreferences(@ComponentImport UserManager users, @ComponentImport LocaleManager locales,
                               @ComponentImport TimeZoneManager timeZones, @ComponentImport JiraAuthenticationContext authentication) {
        this.users = users;
        this.locales = locales;
        this.timeZones = timeZones;
        this.authentication = authentication;
    }

    @Override
    public Locale locale(UserRef user) {
        ApplicationUser jiraUser = user == null ? null : users.getUserByKey(user.key());
        Locale locale = locales.getLocaleFor(jiraUser);
        return locale == null ? Locale.ENGLISH : locale;
    }

    @Override
    public ZoneId timeZone(UserRef user) {
        ApplicationUser loggedIn = authentication.getLoggedInUser();
        boolean self = user != null && loggedIn != null && user.key().equals(loggedIn.getKey());
        TimeZone zone = self ? timeZones.getLoggedInUserTimeZone() : timeZones.getDefaultTimezone();
        return zone == null ? ZoneId.of("UTC") : zone.toZoneId();
    }
}

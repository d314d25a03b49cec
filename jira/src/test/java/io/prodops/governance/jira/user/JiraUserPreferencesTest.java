package io.prodops.governance.jira.user;

import com.atlassian.jira.config.LocaleManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.prodops.governance.common.domain.UserRef;
import org.junit.Test;

import java.time.ZoneId;
import java.util.Locale;
import java.util.TimeZone;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

public class JiraUserPreferencesTest {
    private static final UserRef PETE = new UserRef("JIRAUSER10101", "Pete Product");

    private final UserManager users = mock(UserManager.class);
    private final LocaleManager locales = mock(LocaleManager.class);
    private final TimeZoneManager timeZones = mock(TimeZoneManager.class);
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final JiraUserPreferences preferences = new JiraUserPreferences(users, locales, timeZones, authentication);
    private final ApplicationUser pete = mock(ApplicationUser.class);

    @Test
    public void theUsersProfileLanguage() {
        when(users.getUserByKey(PETE.key())).thenReturn(pete);
        when(locales.getLocaleFor(pete)).thenReturn(Locale.GERMAN);
        when(locales.getLocaleFor(null)).thenReturn(Locale.FRENCH); // Jira's default language
        assertEquals(Locale.GERMAN, preferences.locale(PETE));
        assertEquals(Locale.FRENCH, preferences.locale(null));
        assertEquals("an unknown key gets the default", Locale.FRENCH, preferences.locale(new UserRef("gone", null)));
    }

    @Test
    public void theLoggedInUsersTimeZoneElseJirasDefault() {
        when(pete.getKey()).thenReturn(PETE.key());
        when(authentication.getLoggedInUser()).thenReturn(pete);
        when(timeZones.getLoggedInUserTimeZone()).thenReturn(TimeZone.getTimeZone("Europe/Berlin"));
        when(timeZones.getDefaultTimezone()).thenReturn(TimeZone.getTimeZone("America/New_York"));
        assertEquals(ZoneId.of("Europe/Berlin"), preferences.timeZone(PETE));
        assertEquals(ZoneId.of("America/New_York"), preferences.timeZone(new UserRef("JIRAUSER1", "Someone else")));
        assertEquals(ZoneId.of("America/New_York"), preferences.timeZone(null));
    }
}

package io.prodops.governance.common.port;

import io.prodops.governance.common.domain.UserRef;

import java.time.ZoneId;
import java.util.Locale;

/** Port: a user's language and time zone as the host knows them (Jira: the user's profile), for rendered text. */
public interface UserPreferences {
    /** @param user null for the anonymous caller (the host's default) */
    Locale locale(UserRef user);

    ZoneId timeZone(UserRef user);

    /** Hosts without per-user settings (standalone, tests): English, UTC. */
    UserPreferences DEFAULTS = new UserPreferences() {
        @Override
        public Locale locale(UserRef user) {
            return Locale.ENGLISH;
        }

        @Override
        public ZoneId timeZone(UserRef user) {
            return ZoneId.of("UTC");
        }
    };
}

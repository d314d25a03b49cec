package io.prodops.governance.readiness.domain;

import io.prodops.governance.common.domain.IssueFacts;
import io.prodops.governance.common.domain.UserRef;
import io.prodops.governance.common.port.AccessPolicy;
import io.prodops.governance.common.port.IssueDirectory;
import io.prodops.governance.common.port.UserPreferences;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Builds the {@link ReadinessMessages} of one reader: their language and time zone, and what they may browse (asked
 * of the host once per mentioned issue and rendering), so evidence never names an issue the reader cannot see.
 */
@Named
public class ReaderMessages {
    private final IssueDirectory issues;
    private final AccessPolicy policy;
    private final UserPreferences preferences;

    @Inject
    public ReaderMessages(IssueDirectory issues, AccessPolicy policy, UserPreferences preferences) {
        this.issues = issues;
        this.policy = policy;
        this.preferences = preferences;
    }

    /** @param reader null for an anonymous reader */
    public ReadinessMessages forReader(UserRef reader) {
        return forReader(reader, preferences.locale(reader), preferences.timeZone(reader));
    }

    /** With the language and time zone the host gave (a workflow validator has them from its own context). */
    public ReadinessMessages forReader(UserRef reader, Locale locale, ZoneId zone) {
        Map<Long, Boolean> decided = new HashMap<>();
        Predicate<Long> canBrowse = id -> decided.computeIfAbsent(id, i -> {
            Optional<IssueFacts> issue = issues.findById(i);
            return issue.isPresent() && policy.canBrowse(reader, issue.get());
        });
        return ReadinessMessages.fromBundle(locale == null ? preferences.locale(reader) : locale,
                zone == null ? preferences.timeZone(reader) : zone, canBrowse);
    }
}

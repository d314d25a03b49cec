package io.prodops.governance.readiness.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A text to show, stored as a key of {@code i18n/prodops.properties} plus arguments, rendered in the reader's
 * language and time zone by {@link ReadinessMessages}. Arguments are strings, numbers, {@link IssueMention},
 * {@link IssueList}, {@link Instant} or {@link LocalDate}.
 */
public record Message(String key, List<Object> args) {
    public Message {
        args = List.copyOf(args);
        for (Object arg : args) {
            if (!(arg instanceof String || arg instanceof Number || arg instanceof IssueMention || arg instanceof IssueList
                    || arg instanceof Instant || arg instanceof LocalDate)) {
                throw new IllegalArgumentException("unsupported message argument " + (arg == null ? "null" : arg.getClass().getName()));
            }
        }
    }

    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.asList(args));
    }
}

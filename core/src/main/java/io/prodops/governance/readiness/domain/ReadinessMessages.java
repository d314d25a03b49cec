package io.prodops.governance.readiness.domain;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Renders readiness {@link Message}s for one reader: their language, their time zone, and only the issues they may
 * browse. Decisions are made with full visibility; this is where what a reader cannot see turns into a count ("2
 * issues you can't see"), so no text it returns names an issue the reader cannot browse.
 */
public final class ReadinessMessages {
    /** The bundle of {@code i18n/prodops*.properties} (the one Jira registers as the app's i18n resource). */
    public static final String BUNDLE = "i18n.prodops";
    private static final String P = "prodops.readiness.";

    private final Function<String, String> patterns;
    private final Locale locale;
    private final Predicate<Long> canBrowse;
    private final DateTimeFormatter dateTimes;
    private final DateTimeFormatter dates;

    /**
     * @param patterns  the MessageFormat pattern of a key, or null when there is none (the key is shown then)
     * @param canBrowse whether the reader may browse the issue with this id
     */
    public ReadinessMessages(Function<String, String> patterns, Locale locale, ZoneId zone, Predicate<Long> canBrowse) {
        this.patterns = patterns;
        this.locale = locale == null ? Locale.ENGLISH : locale;
        this.canBrowse = canBrowse;
        this.dateTimes = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(this.locale)
                .withZone(zone == null ? ZoneId.of("UTC") : zone);
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(this.locale);
    }

    /** A renderer reading the app's own bundle in {@code locale}. */
    public static ReadinessMessages fromBundle(Locale locale, ZoneId zone, Predicate<Long> canBrowse) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale == null ? Locale.ENGLISH : locale, ReadinessMessages.class.getClassLoader());
        return new ReadinessMessages(key -> {
            try {
                return bundle.getString(key);
            } catch (MissingResourceException e) {
                return null;
            }
        }, locale, zone, canBrowse);
    }

    /**
     * One rendered text with the issues it names (all browsable by the reader), so a page can link them.
     */
    public record Rendered(String text, List<IssueMention> issues) {
        public Rendered {
            issues = List.copyOf(issues);
        }
    }

    public Rendered render(Message message) {
        List<IssueMention> named = new ArrayList<>();
        Object[] args = new Object[message.args().size()];
        for (int i = 0; i < args.length; i++) {
            args[i] = argument(message.args().get(i), named);
        }
        return new Rendered(format(message.key(), args), named);
    }

    public String text(Message message) {
        return render(message).text();
    }

    /**
     * Renders evidence lines. A line that names an issue the reader cannot browse is left out; one line at the end
     * counts those ("2 more issues you can't see"), so the reader knows something is there but not what.
     */
    public List<Rendered> renderEvidence(List<Message> evidence) {
        List<Rendered> out = new ArrayList<>();
        int hidden = 0;
        for (Message line : evidence) {
            if (namesHiddenIssue(line)) {
                hidden++;
            } else {
                out.add(render(line));
            }
        }
        if (hidden > 0) {
            out.add(new Rendered(format(P + "evidence.hidden", new Object[]{hidden}), List.of()));
        }
        return out;
    }

    private boolean namesHiddenIssue(Message message) {
        for (Object arg : message.args()) {
            if (arg instanceof IssueMention m && !canBrowse.test(m.id())) {
                return true;
            }
            if (arg instanceof IssueList list && list.issues().stream().anyMatch(m -> !canBrowse.test(m.id()))) {
                return true;
            }
        }
        return false;
    }

    private Object argument(Object arg, List<IssueMention> named) {
        if (arg instanceof IssueMention m) {
            if (!canBrowse.test(m.id())) {
                return format(P + "mention.hidden", new Object[]{1});
            }
            named.add(m);
            return m.summary() == null || m.summary().isBlank() ? m.key() : format(P + "mention", new Object[]{m.key(), m.summary()});
        }
        if (arg instanceof IssueList list) {
            return issueList(list, named);
        }
        if (arg instanceof Instant instant) {
            return dateTimes.format(instant);
        }
        if (arg instanceof LocalDate date) {
            return dates.format(date);
        }
        return arg; // strings and numbers: MessageFormat formats numbers in the reader's locale
    }

    /** "ABC-12, ABC-15 and 2 issues you can't see": visible keys, then a count of the hidden ones. */
    private String issueList(IssueList list, List<IssueMention> named) {
        List<String> parts = new ArrayList<>();
        int hidden = 0;
        for (IssueMention m : list.issues()) {
            if (canBrowse.test(m.id())) {
                named.add(m);
                parts.add(m.key());
            } else {
                hidden++;
            }
        }
        if (hidden > 0) {
            parts.add(format(P + "mention.hidden", new Object[]{hidden}));
        }
        if (parts.isEmpty()) {
            return "";
        }
        String joined = parts.get(0);
        for (int i = 1; i < parts.size(); i++) {
            joined = i == parts.size() - 1
                    ? format(P + "list.last", new Object[]{joined, parts.get(i)})
                    : format(P + "list.more", new Object[]{joined, parts.get(i)});
        }
        return joined;
    }

    private String format(String key, Object[] args) {
        String pattern = patterns.apply(key);
        if (pattern == null) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}

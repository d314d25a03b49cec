package io.prodops.governance.prd.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The placeholders starter content may use. Plain substitution: no expressions, no code; text written by ops
 * managers is data and is never evaluated.
 */
public final class Placeholders {
    public static final String ISSUE_KEY = "issue.key";
    public static final String ISSUE_SUMMARY = "issue.summary";
    public static final String PROJECT_NAME = "project.name";
    public static final String USER_DISPLAY_NAME = "user.displayName";
    public static final String TODAY = "today";
    public static final Set<String> KNOWN = Set.of(ISSUE_KEY, ISSUE_SUMMARY, PROJECT_NAME, USER_DISPLAY_NAME, TODAY);

    /** Anything between double braces, so that typos such as {@code {{ issue.Key }}} are found and rejected. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(.*?)}}");

    private Placeholders() {
    }

    /** The placeholders in {@code text} that are not {@link #KNOWN}, in order of appearance. */
    public static List<String> unknown(String text) {
        if (text == null) {
            return List.of();
        }
        Set<String> unknown = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (!KNOWN.contains(m.group(1))) {
                unknown.add("{{" + m.group(1) + "}}");
            }
        }
        return new ArrayList<>(unknown);
    }

    /**
     * Replaces every known placeholder by its value.
     *
     * @param html whether {@code text} is HTML (rich text): values are then HTML-escaped; plain-text content (table
     *             cells, checklist items) is shown with textContent and gets the value as is
     */
    public static String render(String text, Map<String, String> values, boolean html) {
        if (text == null) {
            return null;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            String replacement = value == null ? m.group() : (html ? escapeHtml(value) : value);
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    public static String escapeHtml(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}

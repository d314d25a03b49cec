package io.prodops.governance.standalone.velocity;

import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;

/**
 * Jira's escaping rule for Velocity: every reference written into the page is HTML-escaped, unless it is declared
 * HTML-safe by its name: the reference or the last method/property in it ends with {@code Html}
 * ({@code $bodyHtml}, {@code $view.renderHtml()}, {@code $!{page.summaryHtml}}).
 */
public final class HtmlEscapingReferenceInsertion implements ReferenceInsertionEventHandler {
    @Override
    public Object referenceInsert(Context context, String reference, Object value) {
        if (value == null || isHtmlSafe(reference)) {
            return value;
        }
        return escape(String.valueOf(value));
    }

    /** The name of the last segment of a reference literal, e.g. {@code summaryHtml} for {@code $!{page.summaryHtml}}. */
    static String lastName(String reference) {
        int start = 0;
        while (start < reference.length() && "$!{".indexOf(reference.charAt(start)) >= 0) {
            start++;
        }
        int end = reference.length();
        if (end > start && reference.charAt(end - 1) == '}') {
            end--;
        }
        String body = reference.substring(start, end);
        int depth = 0;
        char quote = 0;
        int segmentStart = 0;
        int nameEnd = -1;
        for (int i = 0; i < body.length(); i++) {
            char ch = body.charAt(i);
            if (quote != 0) {
                if (ch == quote) {
                    quote = 0;
                }
                continue;
            }
            switch (ch) {
                case '"', '\'' -> quote = ch;
                case '(', '[' -> {
                    if (depth == 0 && nameEnd < 0) {
                        nameEnd = i;
                    }
                    depth++;
                }
                case ')', ']' -> depth = Math.max(0, depth - 1);
                case '.' -> {
                    if (depth == 0) {
                        segmentStart = i + 1;
                        nameEnd = -1;
                    }
                }
                default -> {
                }
            }
        }
        return body.substring(segmentStart, nameEnd < 0 ? body.length() : nameEnd).strip();
    }

    static boolean isHtmlSafe(String reference) {
        return reference != null && lastName(reference).endsWith("Html");
    }

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}

package io.prodops.governance.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The XSS corpus of src/test/resources/xss-payloads.txt, and what "inert" means for sanitized HTML. */
public final class XssPayloads {
    private static final Pattern ACTIVE = Pattern.compile(
            "<\\s*(script|svg|math|iframe|object|embed|style|link|meta|form|input|img|video|audio|source|base|template|body|marquee|details|noscript)\\b"
                    + "|\\son[a-z]+\\s*=|javascript:|vbscript:|data:text|expression\\(|srcdoc", Pattern.CASE_INSENSITIVE);

    private XssPayloads() {
    }

    public static List<String> all() {
        try (InputStream in = XssPayloads.class.getResourceAsStream("/xss-payloads.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether sanitized HTML still carries anything a browser could execute or load. */
    public static boolean isActive(String html) {
        String decoded = html.toLowerCase(Locale.ROOT).replace("&#x3a;", ":").replace("&#58;", ":").replace("&colon;", ":");
        return ACTIVE.matcher(decoded).find();
    }
}

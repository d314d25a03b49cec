package io.prodops.governance.common.text;

import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class OwaspRichTextSanitizerTest {
    private final OwaspRichTextSanitizer sanitizer = new OwaspRichTextSanitizer();

    @Test
    public void keepsTheRichTextSubset() {
        String html = "<h2>Goals</h2><p>Grow <strong>checkout</strong> <em>conversion</em> by <code>5%</code></p>"
                + "<ul><li>one</li></ul><ol><li>two</li></ol><blockquote>q</blockquote><pre>x</pre>"
                + "<table><thead><tr><th>a</th></tr></thead><tbody><tr><td colspan=\"2\">b</td></tr></tbody></table>";
        assertEquals(html, sanitizer.sanitize(html));
    }

    @Test
    public void linksKeepSafeProtocolsOnlyAndGetRelAttributes() {
        String link = sanitizer.sanitize("<a href=\"https://example.com\">x</a>");
        assertTrue(link, link.startsWith("<a href=\"https://example.com\" rel=\"") && link.contains("noopener") && link.contains("noreferrer"));
        assertTrue(sanitizer.sanitize("<a href=\"mailto:a@b.c\">m</a>").contains("href=\"mailto:a"));
        assertFalse(sanitizer.sanitize("<a href=\"javascript:alert(1)\">x</a>").contains("javascript"));
        assertFalse(sanitizer.sanitize("<a href=\"data:text/html,<script>\">x</a>").contains("data:"));
    }

    @Test
    public void dropsScriptsHandlersAndStyles() {
        assertEquals("", sanitizer.sanitize("<script>alert(1)</script>"));
        assertEquals("<p>x</p>", sanitizer.sanitize("<p onclick=\"alert(1)\" style=\"color:red\">x</p>"));
        assertEquals("", sanitizer.sanitize("<svg onload=alert(1)></svg>"));
        assertEquals("", sanitizer.sanitize("<img src=x onerror=alert(1)>"));
    }

    @Test
    public void visibleTextIgnoresMarkupAndWhitespace() {
        assertEquals("", sanitizer.visibleText(sanitizer.sanitize("<p> </p><p><br></p>&nbsp;")));
        assertEquals("a   b", sanitizer.visibleText("<p>a</p> <p>b</p>"));
        assertEquals("x", sanitizer.visibleText("<p>&amp;</p>"));
    }
}

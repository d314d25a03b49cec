package io.prodops.governance.common.text;

import io.prodops.governance.common.domain.RichTextSanitizer;
import jakarta.inject.Named;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import java.util.regex.Pattern;

/**
 * {@link RichTextSanitizer} with the OWASP Java HTML Sanitizer (a maintained, allowlist-based sanitizer; see
 * docs/architecture.md). The policy is the rich-text subset the PRD editor produces.
 */
@Named
public class OwaspRichTextSanitizer implements RichTextSanitizer {
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "em", "strong", "b", "i", "u", "s",
                    "code", "pre", "blockquote", "table", "thead", "tbody", "tr", "th", "td", "a")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("noopener", "noreferrer", "nofollow")
            .allowAttributes("colspan", "rowspan").matching(Pattern.compile("[1-9][0-9]?")).onElements("th", "td")
            .toFactory();
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#\\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);");

    @Override
    public String sanitize(String html) {
        return html == null ? null : POLICY.sanitize(html);
    }

    @Override
    public String visibleText(String sanitizedHtml) {
        if (sanitizedHtml == null) {
            return "";
        }
        String text = TAG.matcher(sanitizedHtml).replaceAll(" ");
        text = ENTITY.matcher(text).replaceAll("x"); // an entity is one visible character
        return text.replace('\u00a0', ' ').strip();
    }
}

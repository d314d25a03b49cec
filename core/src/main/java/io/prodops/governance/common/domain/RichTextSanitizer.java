package io.prodops.governance.common.domain;

/**
 * Port: makes user-written HTML safe to store and show. Keeps paragraphs, headings, lists, emphasis, code,
 * tables and links (http, https, mailto only); drops everything else (scripts, event handlers, styles, other URLs).
 */
public interface RichTextSanitizer {
    String sanitize(String html);

    /** The text a reader would see, for "is this section filled" checks. */
    String visibleText(String sanitizedHtml);
}

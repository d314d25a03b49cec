package io.prodops.governance.prd.domain;

/** What a PRD section holds, and so how it is edited, validated and counted as filled. */
public enum SectionKind {
    /** Sanitized HTML: paragraphs, headings, lists, emphasis, code, tables, links. */
    RICH_TEXT,
    /** Rows of cells under columns the template defines. */
    TABLE,
    /** Items with a done flag; the template gives the starting items. */
    CHECKLIST,
    /** Rows of name / baseline / target / actual. */
    METRICS,
    /** Roles (from the template) to lists of user keys. */
    PEOPLE,
    /** One ISO date, e.g. the target release. */
    DATE
}

package io.prodops.governance.prd.domain;

import java.util.List;

/**
 * One section of a PRD template.
 *
 * @param guidance       plain-text help shown to the writer (never HTML, never evaluated)
 * @param starterContent RICH_TEXT: HTML the section starts with; DATE: an ISO date or {@code {{today}}}; may use
 *                       {@link Placeholders}; null for other kinds (they start from columns/items/roles)
 * @param columns        TABLE: the column headings
 * @param items          CHECKLIST: the starting items; METRICS: the starting metric names
 * @param roles          PEOPLE: the roles, e.g. owner, designer, engineering, QA
 */
public record TemplateSection(String key, String title, SectionKind kind, boolean required, String guidance,
                              String starterContent, List<String> columns, List<String> items, List<String> roles) {
    public TemplateSection {
        columns = columns == null ? List.of() : List.copyOf(columns);
        items = items == null ? List.of() : List.copyOf(items);
        roles = roles == null ? List.of() : List.copyOf(roles);
    }
}

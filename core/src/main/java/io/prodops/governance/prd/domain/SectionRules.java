package io.prodops.governance.prd.domain;

import io.prodops.governance.common.domain.FieldError;
import io.prodops.governance.common.domain.RichTextSanitizer;
import io.prodops.governance.common.domain.ValidationException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What a section may hold and when it counts as filled. Rich text is sanitized here, on input; every other kind is
 * plain text (rendered with textContent), kept as written.
 */
public final class SectionRules {
    public static final int MAX_TABLE_ROWS = 200;
    public static final int MAX_ITEMS = 200;
    public static final int MAX_CELL_CHARS = 4000;

    private final RichTextSanitizer sanitizer;

    public SectionRules(RichTextSanitizer sanitizer) {
        this.sanitizer = sanitizer;
    }

    /**
     * Checks content against its template section and returns it normalized (rich text sanitized).
     *
     * @param field       the input's field name for errors, e.g. {@code content}
     * @param userExists  whether a user key exists (PEOPLE sections)
     */
    public SectionContent normalize(PrdSection section, SectionContent content, TemplateSection template, String field,
                                    Predicate<String> userExists) {
        List<FieldError> errors = new ArrayList<>();
        if (content.kind() != section.kind()) {
            throw ValidationException.of(field, "must be " + section.kind() + " content");
        }
        SectionContent normalized = switch (content) {
            case SectionContent.RichText rich -> new SectionContent.RichText(sanitizer.sanitize(rich.html()));
            case SectionContent.Table table -> {
                int columns = template == null ? -1 : template.columns().size();
                if (table.rows().size() > MAX_TABLE_ROWS) {
                    errors.add(FieldError.of(field, "has " + table.rows().size() + " rows; at most " + MAX_TABLE_ROWS + " are allowed"));
                }
                for (int r = 0; r < table.rows().size() && r < MAX_TABLE_ROWS; r++) {
                    List<String> row = table.rows().get(r);
                    if (columns >= 0 && row.size() != columns) {
                        errors.add(new FieldError(field, "row " + (r + 1) + " has " + row.size() + " cells; the table has " + columns + " columns", r + 1, null));
                    }
                    for (int c = 0; c < row.size(); c++) {
                        if (row.get(c).length() > MAX_CELL_CHARS) {
                            errors.add(new FieldError(field, "cell is longer than " + MAX_CELL_CHARS + " characters", r + 1, c + 1));
                        }
                    }
                }
                yield table;
            }
            case SectionContent.Checklist list -> {
                if (list.items().size() > MAX_ITEMS) {
                    errors.add(FieldError.of(field, "has more than " + MAX_ITEMS + " items"));
                }
                for (int i = 0; i < list.items().size(); i++) {
                    if (list.items().get(i).text().length() > MAX_CELL_CHARS) {
                        errors.add(new FieldError(field + "[" + i + "].text", "is longer than " + MAX_CELL_CHARS + " characters", i + 1, null));
                    }
                }
                yield list;
            }
            case SectionContent.Metrics metrics -> {
                if (metrics.rows().size() > MAX_TABLE_ROWS) {
                    errors.add(FieldError.of(field, "has " + metrics.rows().size() + " rows; at most " + MAX_TABLE_ROWS + " are allowed"));
                }
                for (int i = 0; i < metrics.rows().size(); i++) {
                    SectionContent.MetricRow row = metrics.rows().get(i);
                    if ((row.name() + row.baseline() + row.target() + row.actual()).length() > MAX_CELL_CHARS) {
                        errors.add(new FieldError(field + "[" + i + "]", "is longer than " + MAX_CELL_CHARS + " characters", i + 1, null));
                    }
                }
                yield metrics;
            }
            case SectionContent.People people -> {
                Map<String, List<String>> roles = new LinkedHashMap<>();
                List<String> allowed = template == null ? List.of() : template.roles();
                people.roles().forEach((role, users) -> {
                    if (template != null && !allowed.contains(role)) {
                        errors.add(FieldError.of(field + "." + role, "is not a role of this section (" + String.join(", ", allowed) + ")"));
                    }
                    for (int i = 0; i < users.size(); i++) {
                        if (!userExists.test(users.get(i))) {
                            errors.add(FieldError.of(field + "." + role + "[" + i + "]", "is not a known user key"));
                        }
                    }
                    roles.put(role, users.stream().distinct().toList());
                });
                yield new SectionContent.People(roles);
            }
            case SectionContent.DateValue date -> date;
        };
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return normalized;
    }

    /** RICH_TEXT with visible text; TABLE/METRICS with a non-empty row; CHECKLIST with an item; PEOPLE with a user; DATE set. */
    public boolean filled(SectionContent content) {
        return switch (content) {
            case SectionContent.RichText rich -> !sanitizer.visibleText(rich.html()).isEmpty();
            case SectionContent.Table table -> table.rows().stream().anyMatch(row -> row.stream().anyMatch(c -> !c.isBlank()));
            case SectionContent.Checklist list -> list.items().stream().anyMatch(i -> !i.text().isBlank());
            case SectionContent.Metrics metrics -> metrics.rows().stream().anyMatch(r -> !r.isEmpty());
            case SectionContent.People people -> people.roles().values().stream().anyMatch(users -> !users.isEmpty());
            case SectionContent.DateValue date -> date.date() != null;
        };
    }
}

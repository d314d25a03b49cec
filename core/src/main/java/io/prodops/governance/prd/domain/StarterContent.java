package io.prodops.governance.prd.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The content a new section starts with: the template's starter content, placeholders filled for this issue. */
public final class StarterContent {
    private StarterContent() {
    }

    public static SectionContent of(TemplateSection section, Map<String, String> values) {
        return switch (section.kind()) {
            case RICH_TEXT -> new SectionContent.RichText(
                    section.starterContent() == null ? "" : Placeholders.render(section.starterContent(), values, true));
            case TABLE -> new SectionContent.Table(List.of());
            case CHECKLIST -> new SectionContent.Checklist(section.items().stream()
                    .map(item -> new SectionContent.ChecklistItem(Placeholders.render(item, values, false), false)).toList());
            case METRICS -> new SectionContent.Metrics(section.items().stream()
                    .map(name -> new SectionContent.MetricRow(Placeholders.render(name, values, false), "", "", "")).toList());
            case PEOPLE -> {
                Map<String, List<String>> roles = new LinkedHashMap<>();
                section.roles().forEach(role -> roles.put(role, List.of()));
                yield new SectionContent.People(roles);
            }
            case DATE -> new SectionContent.DateValue(date(section.starterContent(), values));
        };
    }

    private static LocalDate date(String starter, Map<String, String> values) {
        if (starter == null || starter.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(Placeholders.render(starter.strip(), values, false));
        } catch (DateTimeParseException e) {
            return null; // templates are validated on save; an unusable starter just leaves the date empty
        }
    }
}

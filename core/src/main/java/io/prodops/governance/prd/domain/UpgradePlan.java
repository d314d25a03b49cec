package io.prodops.governance.prd.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What upgrading a PRD to another template version does, section by section: sections whose key and kind the new
 * version still has keep their content (tables padded to new columns, people moved to the new role list); sections it
 * no longer has — or whose content would not fit the new definition (fewer table columns than the content uses, a
 * role with people that the new version dropped, another kind) — are kept as archived, read-only, never deleted;
 * sections new to it start from their starter content.
 */
public record UpgradePlan(int fromVersion, int toVersion, List<String> kept, List<String> archived, List<String> added) {
    public static UpgradePlan of(Prd prd, PrdTemplate target, int targetVersion) {
        Map<String, TemplateSection> targetSections = new HashMap<>();
        target.sections().forEach(s -> targetSections.put(s.key(), s));
        List<String> kept = new ArrayList<>();
        List<String> archived = new ArrayList<>();
        for (PrdSection section : prd.sections()) {
            if (section.archived()) {
                continue; // already archived: stays as it is
            }
            TemplateSection next = targetSections.get(section.key());
            if (next != null && migrate(section, next).isPresent()) {
                kept.add(section.key());
            } else {
                archived.add(section.key());
            }
        }
        List<String> added = target.sections().stream().map(TemplateSection::key)
                .filter(key -> !kept.contains(key)).toList();
        return new UpgradePlan(prd.header().templateVersion(), targetVersion, kept, archived, added);
    }

    /** The section's content under the new definition, or empty when it does not fit and must be archived instead. */
    public static Optional<SectionContent> migrate(PrdSection section, TemplateSection next) {
        if (next.kind() != section.kind()) {
            return Optional.empty();
        }
        return switch (section.content()) {
            case SectionContent.Table table -> {
                int width = next.columns().size();
                if (table.rows().stream().anyMatch(row -> row.size() > width && row.subList(width, row.size()).stream().anyMatch(c -> !c.isBlank()))) {
                    yield Optional.empty(); // the content uses columns the new version dropped
                }
                yield Optional.of(new SectionContent.Table(table.rows().stream().map(row -> {
                    List<String> cells = new ArrayList<>(row.subList(0, Math.min(row.size(), width)));
                    while (cells.size() < width) {
                        cells.add("");
                    }
                    return (List<String>) cells;
                }).toList()));
            }
            case SectionContent.People people -> {
                if (people.roles().entrySet().stream().anyMatch(e -> !e.getValue().isEmpty() && !next.roles().contains(e.getKey()))) {
                    yield Optional.empty(); // people in a role the new version dropped
                }
                Map<String, List<String>> roles = new LinkedHashMap<>();
                next.roles().forEach(role -> roles.put(role, people.roles().getOrDefault(role, List.of())));
                yield Optional.of(new SectionContent.People(roles));
            }
            default -> Optional.of(section.content());
        };
    }
}

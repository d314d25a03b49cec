package io.prodops.governance.prd.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What upgrading a PRD to another template version does, section by section: sections whose key (and kind) the new
 * version still has keep their content; sections it no longer has (or whose kind changed) are kept as archived,
 * read-only, never deleted; sections new to it start from their starter content.
 */
public record UpgradePlan(int fromVersion, int toVersion, List<String> kept, List<String> archived, List<String> added) {
    public static UpgradePlan of(Prd prd, PrdTemplate target, int targetVersion) {
        Map<String, TemplateSection> targetSections = new HashMap<>();
        target.sections().forEach(s -> targetSections.put(s.key(), s));
        List<String> kept = new ArrayList<>();
        List<String> archived = new ArrayList<>();
        for (PrdSection section : prd.sections()) {
            TemplateSection next = targetSections.get(section.key());
            if (section.archived()) {
                continue; // already archived: stays as it is
            }
            if (next != null && next.kind() == section.kind()) {
                kept.add(section.key());
            } else {
                archived.add(section.key());
            }
        }
        List<String> added = target.sections().stream().map(TemplateSection::key)
                .filter(key -> !kept.contains(key)).toList();
        return new UpgradePlan(prd.header().templateVersion(), targetVersion, kept, archived, added);
    }
}

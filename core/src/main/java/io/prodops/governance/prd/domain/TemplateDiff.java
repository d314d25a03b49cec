package io.prodops.governance.prd.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What changed between two versions of a template. Sections are matched by key: a key only in {@code to} is
 * added, only in {@code from} removed; a kept key with a new title is renamed; other field changes are listed per
 * section. A section counts as moved only when it left the longest run of sections that kept their relative order,
 * so inserting one section does not report every section below it as moved.
 *
 * @param template changes of the template's own fields ({@code name}, {@code description})
 * @param added    sections of {@code to} that {@code from} does not have, in {@code to}'s order
 * @param removed  sections of {@code from} that {@code to} does not have, in {@code from}'s order
 * @param renamed  kept sections with a new title
 * @param changed  kept sections with other changed fields ({@code kind}, {@code required}, {@code guidance},
 *                 {@code starterContent}, {@code columns}, {@code items}, {@code roles}, {@code position})
 */
public record TemplateDiff(List<FieldChange> template, List<SectionRef> added, List<SectionRef> removed,
                           List<SectionRename> renamed, List<SectionChange> changed) {
    public TemplateDiff {
        template = List.copyOf(template);
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        renamed = List.copyOf(renamed);
        changed = List.copyOf(changed);
    }

    /** One changed field: {@code before}/{@code after} are a String, Boolean, Integer (1-based position) or List of String. */
    public record FieldChange(String field, Object before, Object after) {
    }

    /** @param position 1-based position in its version */
    public record SectionRef(String key, String title, SectionKind kind, int position) {
    }

    public record SectionRename(String key, String before, String after) {
    }

    /** @param title the section's title in {@code to} */
    public record SectionChange(String key, String title, List<FieldChange> fields) {
        public SectionChange {
            fields = List.copyOf(fields);
        }
    }

    public static TemplateDiff between(PrdTemplate from, PrdTemplate to) {
        List<FieldChange> template = new ArrayList<>();
        change(template, "name", from.name(), to.name());
        change(template, "description", from.description(), to.description());

        Map<String, Integer> fromIndex = index(from.sections());
        Map<String, Integer> toIndex = index(to.sections());
        List<SectionRef> added = new ArrayList<>();
        for (int i = 0; i < to.sections().size(); i++) {
            TemplateSection s = to.sections().get(i);
            if (!fromIndex.containsKey(s.key())) {
                added.add(new SectionRef(s.key(), s.title(), s.kind(), i + 1));
            }
        }
        List<SectionRef> removed = new ArrayList<>();
        List<String> keptInFromOrder = new ArrayList<>();
        for (int i = 0; i < from.sections().size(); i++) {
            TemplateSection s = from.sections().get(i);
            if (toIndex.containsKey(s.key())) {
                keptInFromOrder.add(s.key());
            } else {
                removed.add(new SectionRef(s.key(), s.title(), s.kind(), i + 1));
            }
        }
        List<String> keptInToOrder = to.sections().stream().map(TemplateSection::key).filter(fromIndex::containsKey).toList();
        Set<String> stayedInOrder = longestCommonSubsequence(keptInFromOrder, keptInToOrder);

        List<SectionRename> renamed = new ArrayList<>();
        List<SectionChange> changed = new ArrayList<>();
        for (String key : keptInToOrder) {
            TemplateSection a = from.sections().get(fromIndex.get(key));
            TemplateSection b = to.sections().get(toIndex.get(key));
            if (!Objects.equals(a.title(), b.title())) {
                renamed.add(new SectionRename(key, a.title(), b.title()));
            }
            List<FieldChange> fields = new ArrayList<>();
            change(fields, "kind", a.kind(), b.kind());
            change(fields, "required", a.required(), b.required());
            change(fields, "guidance", a.guidance(), b.guidance());
            change(fields, "starterContent", a.starterContent(), b.starterContent());
            change(fields, "columns", a.columns(), b.columns());
            change(fields, "items", a.items(), b.items());
            change(fields, "roles", a.roles(), b.roles());
            if (!stayedInOrder.contains(key)) {
                fields.add(new FieldChange("position", fromIndex.get(key) + 1, toIndex.get(key) + 1));
            }
            if (!fields.isEmpty()) {
                changed.add(new SectionChange(key, b.title(), fields));
            }
        }
        return new TemplateDiff(template, added, removed, renamed, changed);
    }

    public boolean isEmpty() {
        return template.isEmpty() && added.isEmpty() && removed.isEmpty() && renamed.isEmpty() && changed.isEmpty();
    }

    /** One line for the audit log, e.g. {@code name changed; sections added: goals; renamed: scope ("Scope" -> "Not doing")}. */
    public String summary() {
        if (isEmpty()) {
            return "no changes";
        }
        List<String> parts = new ArrayList<>();
        for (FieldChange c : template) {
            parts.add(c.field() + ": " + quote(c.before()) + " -> " + quote(c.after()));
        }
        if (!added.isEmpty()) {
            parts.add("sections added: " + String.join(", ", added.stream().map(SectionRef::key).toList()));
        }
        if (!removed.isEmpty()) {
            parts.add("sections removed: " + String.join(", ", removed.stream().map(SectionRef::key).toList()));
        }
        if (!renamed.isEmpty()) {
            parts.add("sections renamed: " + String.join(", ", renamed.stream()
                    .map(r -> r.key() + " (" + quote(r.before()) + " -> " + quote(r.after()) + ")").toList()));
        }
        if (!changed.isEmpty()) {
            parts.add("sections changed: " + String.join(", ", changed.stream()
                    .map(c -> c.key() + " (" + String.join(", ", c.fields().stream().map(FieldChange::field).toList()) + ")").toList()));
        }
        return String.join("; ", parts);
    }

    private static String quote(Object value) {
        if (value == null) {
            return "(none)";
        }
        String s = value.toString();
        return "\"" + (s.length() > 80 ? s.substring(0, 79) + "…" : s) + "\"";
    }

    private static void change(List<FieldChange> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(field, before, after));
        }
    }

    private static Map<String, Integer> index(List<TemplateSection> sections) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < sections.size(); i++) {
            index.putIfAbsent(sections.get(i).key(), i);
        }
        return index;
    }

    /** The keys of a longest common subsequence of two orderings of the same keys (at most 60: quadratic is fine). */
    private static Set<String> longestCommonSubsequence(List<String> a, List<String> b) {
        int[][] length = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                length[i][j] = a.get(i).equals(b.get(j)) ? length[i + 1][j + 1] + 1 : Math.max(length[i + 1][j], length[i][j + 1]);
            }
        }
        Set<String> common = new HashSet<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                common.add(a.get(i));
                i++;
                j++;
            } else if (length[i + 1][j] >= length[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return common;
    }
}

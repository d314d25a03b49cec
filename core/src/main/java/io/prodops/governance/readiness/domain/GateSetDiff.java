package io.prodops.governance.readiness.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed between two contents of a gate set. Gates are matched by key (sign-offs and waivers refer to it): a
 * key only in {@code to} is added, only in {@code from} removed; kept gates list their changed fields ({@code title},
 * {@code kind}, {@code required}, {@code params}, {@code position}).
 *
 * @param set changes of the set's own fields ({@code name}, {@code description})
 */
public record GateSetDiff(List<FieldChange> set, List<GateRef> added, List<GateRef> removed, List<GateChange> changed) {
    public GateSetDiff {
        set = List.copyOf(set);
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    /** {@code before}/{@code after}: a String, Boolean, Integer (1-based position), GateKind or GateParams. */
    public record FieldChange(String field, Object before, Object after) {
    }

    /** @param position 1-based */
    public record GateRef(String key, String title, GateKind kind, int position) {
    }

    public record GateChange(String key, String title, List<FieldChange> fields) {
        public GateChange {
            fields = List.copyOf(fields);
        }
    }

    public static GateSetDiff between(GateSet from, GateSet to) {
        List<FieldChange> set = new ArrayList<>();
        change(set, "name", from.name(), to.name());
        change(set, "description", from.description(), to.description());
        Map<String, Integer> fromIndex = index(from.gates());
        Map<String, Integer> toIndex = index(to.gates());
        List<GateRef> added = new ArrayList<>();
        List<GateChange> changed = new ArrayList<>();
        for (int i = 0; i < to.gates().size(); i++) {
            Gate after = to.gates().get(i);
            Integer at = fromIndex.get(after.key());
            if (at == null) {
                added.add(new GateRef(after.key(), after.title(), after.kind(), i + 1));
                continue;
            }
            Gate before = from.gates().get(at);
            List<FieldChange> fields = new ArrayList<>();
            change(fields, "title", before.title(), after.title());
            change(fields, "kind", before.kind(), after.kind());
            change(fields, "required", before.required(), after.required());
            change(fields, "params", before.params(), after.params());
            change(fields, "position", at + 1, i + 1);
            if (!fields.isEmpty()) {
                changed.add(new GateChange(after.key(), after.title(), fields));
            }
        }
        List<GateRef> removed = new ArrayList<>();
        for (int i = 0; i < from.gates().size(); i++) {
            Gate before = from.gates().get(i);
            if (!toIndex.containsKey(before.key())) {
                removed.add(new GateRef(before.key(), before.title(), before.kind(), i + 1));
            }
        }
        return new GateSetDiff(set, added, removed, changed);
    }

    public boolean isEmpty() {
        return set.isEmpty() && added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    /** One line for audit events, e.g. {@code name: "A" -> "B"; added: mkt; changed: prd (required)}. */
    public String summary() {
        if (isEmpty()) {
            return "no changes";
        }
        List<String> parts = new ArrayList<>();
        set.forEach(c -> parts.add(c.field() + ": \"" + c.before() + "\" -> \"" + c.after() + "\""));
        if (!added.isEmpty()) {
            parts.add("added: " + String.join(", ", added.stream().map(GateRef::key).toList()));
        }
        if (!removed.isEmpty()) {
            parts.add("removed: " + String.join(", ", removed.stream().map(GateRef::key).toList()));
        }
        if (!changed.isEmpty()) {
            parts.add("changed: " + String.join(", ", changed.stream()
                    .map(c -> c.key() + " (" + String.join(", ", c.fields().stream().map(FieldChange::field).toList()) + ")").toList()));
        }
        return String.join("; ", parts);
    }

    private static Map<String, Integer> index(List<Gate> gates) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < gates.size(); i++) {
            index.putIfAbsent(gates.get(i).key(), i);
        }
        return index;
    }

    private static void change(List<FieldChange> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(field, before, after));
        }
    }
}

package io.prodops.governance.prd.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a PRD section holds, by {@link SectionKind}. On the wire: RICH_TEXT a sanitized HTML string; TABLE an array of
 * rows of cell strings; CHECKLIST {@code [{"text","done"}]}; METRICS {@code [{"name","baseline","target","actual"}]};
 * PEOPLE {@code {"role": [userKey, ..]}}; DATE an ISO date string (or null).
 */
public sealed interface SectionContent {
    SectionKind kind();

    record RichText(String html) implements SectionContent {
        public RichText {
            html = html == null ? "" : html;
        }

        @Override
        public SectionKind kind() {
            return SectionKind.RICH_TEXT;
        }
    }

    record Table(List<List<String>> rows) implements SectionContent {
        public Table {
            rows = rows == null ? List.of() : rows.stream().map(r -> r.stream().map(c -> c == null ? "" : c).toList()).toList();
        }

        @Override
        public SectionKind kind() {
            return SectionKind.TABLE;
        }
    }

    record ChecklistItem(String text, boolean done) {
        public ChecklistItem {
            text = text == null ? "" : text;
        }
    }

    record Checklist(List<ChecklistItem> items) implements SectionContent {
        public Checklist {
            items = items == null ? List.of() : List.copyOf(items);
        }

        @Override
        public SectionKind kind() {
            return SectionKind.CHECKLIST;
        }
    }

    record MetricRow(String name, String baseline, String target, String actual) {
        public MetricRow {
            name = name == null ? "" : name;
            baseline = baseline == null ? "" : baseline;
            target = target == null ? "" : target;
            actual = actual == null ? "" : actual;
        }

        boolean isEmpty() {
            return (name + baseline + target + actual).isBlank();
        }
    }

    record Metrics(List<MetricRow> rows) implements SectionContent {
        public Metrics {
            rows = rows == null ? List.of() : List.copyOf(rows);
        }

        @Override
        public SectionKind kind() {
            return SectionKind.METRICS;
        }
    }

    /** Roles in template order to user keys. */
    record People(Map<String, List<String>> roles) implements SectionContent {
        public People {
            Map<String, List<String>> copy = new LinkedHashMap<>();
            if (roles != null) {
                roles.forEach((role, users) -> copy.put(role, users == null ? List.of() : List.copyOf(users)));
            }
            roles = java.util.Collections.unmodifiableMap(copy);
        }

        @Override
        public SectionKind kind() {
            return SectionKind.PEOPLE;
        }
    }

    record DateValue(LocalDate date) implements SectionContent {
        @Override
        public SectionKind kind() {
            return SectionKind.DATE;
        }
    }
}

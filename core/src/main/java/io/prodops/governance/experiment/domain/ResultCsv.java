package io.prodops.governance.experiment.domain;

import io.prodops.governance.common.domain.FieldError;
import io.prodops.governance.common.domain.ValidationException;
import io.prodops.governance.experiment.domain.stats.MetricType;
import io.prodops.governance.experiment.domain.stats.VariantResult;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Results as CSV: a header row, then one row per variant. Conversion metrics take {@code variant,users,conversions},
 * continuous ones {@code variant,n,mean,sd}. An optional {@code metric} column carries guardrail data in the same
 * file: rows naming a guardrail belong to it, rows with the primary metric's name or an empty cell to the primary
 * metric. Header names are case-insensitive, columns may come in any order, other columns are ignored, blank lines
 * are skipped, fields may be quoted ("..." with "" for a quote). Every problem is reported with its row (line number;
 * the header is row 1) and column (1-based), the column's header as field.
 */
public final class ResultCsv {
    public static final int MAX_ROWS = 1000;
    static final List<String> CONVERSION = List.of("users", "conversions");
    static final List<String> CONTINUOUS = List.of("n", "mean", "sd");

    private ResultCsv() {
    }

    public static ResultSnapshot.Results read(String text, ExperimentDesign design) {
        List<Row> rows = rows(text == null ? "" : text);
        String expected = "variant," + String.join(",", columns(design.primaryMetric().type()));
        if (rows.isEmpty()) {
            throw new ValidationException(List.of(new FieldError("csv", "is empty: send a header row (" + expected
                    + ") and one row per variant", 1, null)));
        }
        if (rows.size() - 1 > MAX_ROWS) {
            throw new ValidationException(List.of(new FieldError("csv", "has more than " + MAX_ROWS + " rows", rows.get(MAX_ROWS + 1).line(), null)));
        }
        Row header = rows.get(0);
        Map<String, Integer> index = new HashMap<>();
        for (int c = 0; c < header.cells().size(); c++) {
            index.putIfAbsent(header.cells().get(c).strip().toLowerCase(Locale.ROOT), c);
        }
        List<FieldError> errors = new ArrayList<>();
        for (String column : required(design.primaryMetric().type())) {
            if (!index.containsKey(column)) {
                errors.add(new FieldError(column, "the header row has no column " + column + " (expected " + expected + ")", header.line(), null));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        // rows grouped by metric: null = the primary metric, else the guardrail's name
        Map<String, List<Row>> byMetric = new LinkedHashMap<>();
        byMetric.put(null, new ArrayList<>());
        Integer metricColumn = index.get("metric");
        for (Row row : rows.subList(1, rows.size())) {
            String metric = metricColumn == null ? null : cell(row, metricColumn);
            String key = null;
            if (metric != null && !metric.isBlank() && !metric.strip().equalsIgnoreCase(design.primaryMetric().name())) {
                Guardrail g = design.guardrail(metric.strip()).orElse(null);
                if (g == null) {
                    errors.add(new FieldError("metric", "\"" + shorten(metric) + "\" is neither the primary metric nor a guardrail",
                            row.line(), metricColumn + 1));
                    continue;
                }
                key = g.name();
                boolean missing = false;
                for (String column : columns(g.type())) {
                    if (!index.containsKey(column)) {
                        errors.add(new FieldError(column, "guardrail " + g.name() + " needs a column " + column, row.line(), null));
                        missing = true;
                    }
                }
                if (missing) {
                    continue;
                }
            }
            byMetric.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
        }
        List<VariantResult> primary = metric(design, design.primaryMetric().type(), byMetric.get(null), index, errors);
        List<ResultSnapshot.MetricResults> guardrails = new ArrayList<>();
        for (Map.Entry<String, List<Row>> e : byMetric.entrySet()) {
            if (e.getKey() != null) {
                Guardrail g = design.guardrail(e.getKey()).orElseThrow();
                List<VariantResult> values = metric(design, g.type(), e.getValue(), index, errors);
                if (values != null) {
                    guardrails.add(new ResultSnapshot.MetricResults(g.name(), values));
                }
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing((FieldError f) -> f.row() == null ? Integer.MAX_VALUE : f.row())
                    .thenComparing(f -> f.column() == null ? 0 : f.column()));
            throw new ValidationException(dropShadowed(errors));
        }
        return new ResultSnapshot.Results(primary, guardrails);
    }

    private static List<VariantResult> metric(ExperimentDesign design, MetricType type, List<Row> data, Map<String, Integer> index,
                                              List<FieldError> errors) {
        List<String> columns = columns(type);
        List<ResultEntry> entries = new ArrayList<>();
        for (Row row : data) {
            String name = cell(row, index.get("variant"));
            Map<String, BigDecimal> values = new HashMap<>();
            for (String column : columns) {
                int c = index.get(column);
                String raw = cell(row, c);
                if (raw == null || raw.isBlank()) {
                    continue; // reported as "is required" by the validator, at this row and column
                }
                try {
                    values.put(column, new BigDecimal(raw.strip()));
                } catch (NumberFormatException e) {
                    errors.add(new FieldError(column, "\"" + shorten(raw) + "\" is not a number", row.line(), c + 1));
                }
            }
            entries.add(new ResultEntry(name, values.get("users"), values.get("conversions"), values.get("n"), values.get("mean"), values.get("sd")));
        }
        ResultValidator.Locator where = (entry, field, message) -> {
            if (entry < 0) { // about the file as a whole (a variant without a row): no row to point at
                return new FieldError("variant", message, null, index.get("variant") + 1);
            }
            String column = field == null || field.equals("name") ? "variant" : field;
            return new FieldError(column, message, data.get(entry).line(), index.get(column) + 1);
        };
        return ResultValidator.collect(errors, () -> ResultValidator.metric(design, type, entries, where));
    }

    private static List<String> columns(MetricType type) {
        return type == MetricType.CONVERSION ? CONVERSION : CONTINUOUS;
    }

    private static List<String> required(MetricType type) {
        List<String> all = new ArrayList<>(List.of("variant"));
        all.addAll(columns(type));
        return all;
    }

    /** A cell that is not a number is reported once, not again as the missing value the validator saw. */
    private static List<FieldError> dropShadowed(List<FieldError> errors) {
        List<FieldError> out = new ArrayList<>();
        for (FieldError e : errors) {
            boolean shadowed = out.stream().anyMatch(o -> o.row() != null && o.row().equals(e.row()) && o.column() != null
                    && o.column().equals(e.column()) && o.message().endsWith("is not a number"));
            if (!shadowed) {
                out.add(e);
            }
        }
        return out;
    }

    private static String cell(Row row, int column) {
        return column < row.cells().size() ? row.cells().get(column) : null;
    }

    private static String shorten(String raw) {
        String s = raw.strip();
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    record Row(int line, List<String> cells) {
    }

    /** Splits RFC 4180-style text into rows of cells, skipping blank lines; quoted fields may contain commas and line breaks. */
    static List<Row> rows(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int line = 1;
        int rowLine = 1;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
                any = true;
            } else if (ch == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                any = true;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                end(rows, cells, cell, any, rowLine);
                cells = new ArrayList<>();
                any = false;
                line++;
                rowLine = line;
            } else {
                cell.append(ch);
                if (!Character.isWhitespace(ch)) {
                    any = true;
                }
            }
        }
        end(rows, cells, cell, any, rowLine);
        return rows;
    }

    private static void end(List<Row> rows, List<String> cells, StringBuilder cell, boolean any, int line) {
        cells.add(cell.toString());
        cell.setLength(0);
        if (any) {
            rows.add(new Row(line, List.copyOf(cells)));
        }
    }
}

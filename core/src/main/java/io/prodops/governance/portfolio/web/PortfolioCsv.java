package io.prodops.governance.portfolio.web;

import io.prodops.governance.experiment.domain.Decision;
import io.prodops.governance.portfolio.domain.PortfolioResult.Row;
import io.prodops.governance.portfolio.domain.PortfolioSummary;
import io.prodops.governance.portfolio.domain.PortfolioView;
import io.prodops.governance.readiness.domain.ReadinessMessages;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * The CSV export of a portfolio view: UTF-8 with a byte order mark (so spreadsheet programs detect the encoding),
 * RFC 4180 (CRLF line ends; fields holding a comma, quote, CR or LF quoted, quotes doubled), and every cell that
 * starts with {@code = + - @}, tab or CR prefixed with a single quote so no spreadsheet evaluates it as a formula
 * (OWASP CSV injection guidance). Columns are the view's columns, each expanded to plain values; the key always
 * comes first.
 */
final class PortfolioCsv {
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    static final String CRLF = "\r\n";

    private record Column(String header, Function<Row, String> value) {
    }

    private final Writer out;
    private final List<Column> columns;

    /** Writes the BOM and the header line. */
    PortfolioCsv(OutputStream stream, List<String> viewColumns, ReadinessMessages messages) {
        this.columns = columns(viewColumns, messages);
        try {
            stream.write(BOM);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        line(columns.stream().map(Column::header).toList());
    }

    void row(Row row) {
        line(columns.stream().map(c -> c.value().apply(row)).toList());
    }

    void finish() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code portfolio-2026-12-02.csv} */
    static String filename(LocalDate day) {
        return "portfolio-" + day + ".csv";
    }

    private void line(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(cells.get(i)));
        }
        line.append(CRLF);
        try {
            out.write(line.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One field: neutralised against formula injection, then quoted when RFC 4180 requires it. */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String v = value;
        char first = v.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\r') >= 0 || v.indexOf('\n') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    private static List<Column> columns(List<String> viewColumns, ReadinessMessages messages) {
        Set<String> wanted = new LinkedHashSet<>();
        wanted.add("issueKey");
        wanted.addAll(viewColumns == null || viewColumns.isEmpty() ? PortfolioView.COLUMNS : viewColumns);
        List<Column> out = new ArrayList<>();
        for (String name : wanted) {
            switch (name) {
                case "issueKey" -> out.add(new Column("Key", r -> r.summary().issueKey()));
                case "summary" -> out.add(new Column("Summary", r -> r.summary().summary()));
                case "project" -> out.add(new Column("Project", r -> r.summary().projectKey()));
                case "owner" -> out.add(new Column("Owner", r -> r.owner() == null ? "" : r.owner().displayName()));
                case "statusCategory" -> out.add(new Column("Status category", r -> r.summary().statusCategory().name()));
                case "targetDate" -> out.add(new Column("Target date", r -> text(r.summary().targetDate())));
                case "prd" -> {
                    out.add(new Column("PRD status", r -> r.summary().prd() == null ? "" : r.summary().prd().status().name()));
                    out.add(new Column("PRD completeness (%)", r -> r.summary().prd() == null ? ""
                            : String.valueOf(Math.round(r.summary().prd().completeness() * 100))));
                }
                case "readiness" -> {
                    out.add(new Column("Ready", r -> readiness(r, rd -> rd.ready() ? "yes" : "no")));
                    out.add(new Column("Gates passed", r -> readiness(r, rd -> String.valueOf(rd.passed()))));
                    out.add(new Column("Gates total", r -> readiness(r, rd -> String.valueOf(rd.total()))));
                    out.add(new Column("Blocking gates", r -> readiness(r, rd -> String.join("; ", rd.blocking()))));
                    out.add(new Column("Readiness evaluated at", r -> readiness(r, rd -> text(rd.evaluatedAt()))));
                }
                case "experiments" -> {
                    out.add(new Column("Experiments", r -> String.valueOf(r.summary().experiments().count())));
                    out.add(new Column("Experiments open", r -> String.valueOf(r.summary().experiments().byStatus().entrySet().stream()
                            .filter(e -> !e.getKey().isFinal()).mapToInt(java.util.Map.Entry::getValue).sum())));
                    for (Decision d : Decision.values()) {
                        String header = "Decided " + d.name().toLowerCase(Locale.ROOT);
                        out.add(new Column(header, r -> String.valueOf(r.summary().experiments().decisions().getOrDefault(d, 0))));
                    }
                    out.add(new Column("Experiments with SRM", r -> String.valueOf(r.summary().experiments().srm())));
                }
                case "health" -> {
                    out.add(new Column("Health", r -> r.health().color().name()));
                    out.add(new Column("Health reasons", r -> String.join("; ", PortfolioJson.reasons(r, messages))));
                }
                case "updatedAt" -> out.add(new Column("Updated", r -> text(r.summary().updatedAt())));
                default -> {
                    // a column this version does not know (a view saved by a newer one): left out
                }
            }
        }
        out.add(new Column("Refreshed", r -> text(r.summary().refreshedAt())));
        return out;
    }

    private static String readiness(Row r, Function<PortfolioSummary.Readiness, String> value) {
        return r.summary().readiness() == null ? "" : value.apply(r.summary().readiness());
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}

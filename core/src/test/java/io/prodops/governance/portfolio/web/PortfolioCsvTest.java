package io.prodops.governance.portfolio.web;

import io.prodops.governance.common.domain.StatusCategory;
import io.prodops.governance.common.domain.UserRef;
import io.prodops.governance.experiment.domain.Decision;
import io.prodops.governance.experiment.domain.ExperimentStatus;
import io.prodops.governance.portfolio.domain.Health;
import io.prodops.governance.portfolio.domain.HealthColor;
import io.prodops.governance.portfolio.domain.PortfolioResult.Row;
import io.prodops.governance.portfolio.domain.PortfolioSummary;
import io.prodops.governance.portfolio.domain.PortfolioView;
import io.prodops.governance.prd.domain.PrdStatus;
import io.prodops.governance.readiness.domain.Message;
import io.prodops.governance.readiness.domain.ReadinessMessages;
import org.junit.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class PortfolioCsvTest {
    private static final Instant AT = Instant.parse("2026-12-02T09:00:00Z");
    private static final ReadinessMessages MESSAGES = ReadinessMessages.fromBundle(Locale.ENGLISH, ZoneId.of("UTC"), id -> true);

    private static Row row(String key, String summary, Health health) {
        PortfolioSummary s = new PortfolioSummary(1, key, summary, 10, "PHX", "Initiative", "u-olga", StatusCategory.IN_PROGRESS,
                LocalDate.of(2026, 12, 20), new PortfolioSummary.Prd(PrdStatus.IN_REVIEW, 0.75),
                new PortfolioSummary.Readiness("launch", false, 2, 4, List.of("Security review", "Docs, \"final\""), AT),
                new PortfolioSummary.Experiments(Map.of(ExperimentStatus.RUNNING, 1, ExperimentStatus.DECIDED, 2), Map.of(Decision.SHIP, 2), 1),
                health, 0, LocalDate.of(2026, 12, 2), AT, AT);
        return new Row(s, health, new UserRef("u-olga", "Olga Ops"));
    }

    private static byte[] export(List<String> columns, Row... rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PortfolioCsv csv = new PortfolioCsv(out, columns, MESSAGES);
        for (Row r : rows) {
            csv.row(r);
        }
        csv.finish();
        return out.toByteArray();
    }

    private static String text(byte[] bytes) {
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }

    @Test
    public void startsWithExactlyOneBomThenCrlfLines() {
        byte[] bytes = export(null, row("PHX-1", "One", new Health(HealthColor.GREEN, List.of())), row("PHX-2", "Two", new Health(HealthColor.GREEN, List.of())));
        assertArrayEquals(PortfolioCsv.BOM, Arrays.copyOf(bytes, 3));
        String body = text(bytes);
        assertTrue(body.charAt(0) != '\uFEFF');
        assertEquals(-1, body.indexOf('\uFEFF'));
        String[] lines = body.split("\r\n", -1);
        assertEquals(4, lines.length); // header, two rows, and the empty rest after the last CRLF
        assertEquals("", lines[3]);
        assertEquals(-1, body.replace("\r\n", "").indexOf('\n'));
    }

    @Test
    public void headerExpandsEveryColumnWithTheKeyFirst() {
        String header = text(export(PortfolioView.COLUMNS)).split("\r\n")[0];
        assertEquals("Key,Summary,Project,Owner,Status category,Target date,PRD status,PRD completeness (%),Ready,Gates passed,Gates total,"
                + "Blocking gates,Readiness evaluated at,Experiments,Experiments open,Decided ship,Decided iterate,Decided kill,"
                + "Experiments with SRM,Health,Health reasons,Updated,Refreshed", header);
        assertEquals("Key,Health,Health reasons,Refreshed", text(export(List.of("health"))).split("\r\n")[0]);
    }

    @Test
    public void rowValuesAreExpandedAndReasonsRenderedAndJoined() {
        Health amber = new Health(HealthColor.AMBER, List.of(Message.of("prodops.portfolio.health.no.target.date"),
                Message.of("prodops.portfolio.health.experiment.srm", 1, 3)));
        String line = text(export(PortfolioView.COLUMNS, row("PHX-1", "Checkout", amber))).split("\r\n")[1];
        assertEquals("PHX-1,Checkout,PHX,Olga Ops,IN_PROGRESS,2026-12-20,IN_REVIEW,75,no,2,4,\"Security review; Docs, \"\"final\"\"\","
                + "2026-12-02T09:00:00Z,3,1,2,0,0,1,AMBER,No target date is set.; One experiment of 3 shows a sample ratio mismatch.,"
                + "2026-12-02T09:00:00Z,2026-12-02T09:00:00Z", line);
    }

    @Test
    public void quotesFieldsWithCommaQuoteCrOrLfAndDoublesQuotes() {
        assertEquals("plain", PortfolioCsv.cell("plain"));
        assertEquals("\"a,b\"", PortfolioCsv.cell("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", PortfolioCsv.cell("say \"hi\""));
        assertEquals("\"line1\nline2\"", PortfolioCsv.cell("line1\nline2"));
        assertEquals("\"line1\r\nline2\"", PortfolioCsv.cell("line1\r\nline2"));
        assertEquals("", PortfolioCsv.cell(null));
        assertEquals("", PortfolioCsv.cell(""));
        assertEquals("a'b", PortfolioCsv.cell("a'b"));
    }

    @Test
    public void embeddedNewlinesStayInsideOneQuotedRecord() {
        String body = text(export(List.of("summary"), row("PHX-1", "first\r\nsecond\nthird", new Health(HealthColor.GREEN, List.of()))));
        assertEquals("Key,Summary,Refreshed\r\nPHX-1,\"first\r\nsecond\nthird\",2026-12-02T09:00:00Z\r\n", body);
    }

    @Test
    public void neutralisesEveryFormulaPrefix() {
        assertEquals("'=SUM(A1:A2)", PortfolioCsv.cell("=SUM(A1:A2)"));
        assertEquals("'+1+1", PortfolioCsv.cell("+1+1"));
        assertEquals("'-2+3", PortfolioCsv.cell("-2+3"));
        assertEquals("'@cmd", PortfolioCsv.cell("@cmd"));
        assertEquals("'\tTab", PortfolioCsv.cell("\tTab"));
        assertEquals("\"'\rcr\"", PortfolioCsv.cell("\rcr"));
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", PortfolioCsv.cell("=HYPERLINK(\"http://x\",\"y\")"));
        assertEquals("a=b", PortfolioCsv.cell("a=b")); // only a leading character is a formula
        String line = text(export(List.of("summary"), row("PHX-1", "=cmd|' /C calc'!A0", new Health(HealthColor.GREEN, List.of())))).split("\r\n")[1];
        assertEquals("PHX-1,'=cmd|' /C calc'!A0,2026-12-02T09:00:00Z", line);
    }

    @Test
    public void unicodeIsWrittenAsUtf8() {
        String summary = "Launch 🚀 新产品 إطلاق";
        byte[] bytes = export(List.of("summary"), row("PHX-1", summary, new Health(HealthColor.GREEN, List.of())));
        assertTrue(text(bytes).contains("PHX-1," + summary + ","));
        byte[] expected = summary.getBytes(StandardCharsets.UTF_8);
        assertTrue(indexOf(bytes, expected) > 0);
    }

    @Test
    public void filenameCarriesTheDate() {
        assertEquals("portfolio-2026-12-02.csv", PortfolioCsv.filename(LocalDate.of(2026, 12, 2)));
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}

package io.prodops.governance.standalone;

import io.prodops.governance.common.domain.IssueFacts;
import io.prodops.governance.common.domain.UserRef;
import io.prodops.governance.portfolio.domain.PortfolioSummary;
import io.prodops.governance.prd.domain.PrdStatus;
import io.prodops.governance.standalone.host.LargeDemo;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * The large demo (--large-demo), scaled down to 200 initiatives: what it creates, that two first starts create the
 * same data, that the start-up reconcile gives every generated initiative a summary row, and that the viewer browses
 * fewer of them than the ops manager.
 */
public class LargeDemoTest {
    static final int SIZE = 200;
    static final String LARGE_TYPES = "issuetype in (Initiative, Epic) AND project in ("
            + String.join(", ", LargeDemo.keys()) + ")";
    @ClassRule
    public static final TemporaryFolder FOLDER = new TemporaryFolder();
    private static HostComponents first;
    private static HostComponents second;

    @BeforeClass
    public static void start() throws Exception {
        first = host("one");
        second = host("two");
    }

    private static HostComponents host(String dir) throws Exception {
        HostComponents c = new HostComponents(HostOptions.forTests(FOLDER.newFolder(dir).toPath()).withLargeDemo(SIZE));
        c.prepareData();
        return c;
    }

    @AfterClass
    public static void stop() {
        if (first != null) {
            first.close();
        }
        if (second != null) {
            second.close();
        }
    }

    private static List<IssueFacts> initiatives(HostComponents c, UserRef searcher) {
        return c.issues.search(LARGE_TYPES, 0, 10_000, Optional.ofNullable(searcher)).issues();
    }

    @Test
    public void createsTheInitiativesChildrenAndAppDataItReports() {
        LargeDemo.Result r = first.largeDemo;
        assertNotNull("the large demo ran on the first start", r);
        assertEquals(SIZE, r.initiatives());
        assertEquals(SIZE, initiatives(first, null).size());
        assertEquals(Set.of("Initiative", "Epic"), initiatives(first, null).stream().map(IssueFacts::issueType).collect(Collectors.toSet()));
        assertEquals(LargeDemo.PROJECTS, initiatives(first, null).stream().map(i -> i.project().key()).distinct().count());
        assertTrue("about ten children each: " + r.children(), r.children() >= 6 * SIZE && r.children() <= 14 * SIZE);
        assertEquals(r.children(), count(first, "SELECT COUNT(*) FROM HOST_ISSUE WHERE ISSUE_TYPE IN ('Story', 'Bug') AND PARENT_ID >= 2000000"));
        assertEquals(r.experiments(), count(first, "SELECT COUNT(*) FROM HOST_ISSUE_LINK WHERE LINK_TYPE = 'Informs' AND DEST_ID >= 2000000"));
        assertTrue("a good share has a PRD: " + r.prds(), r.prds() > SIZE / 2 && r.prds() < SIZE);
        assertTrue("most have an evaluation: " + r.evaluations(), r.evaluations() > SIZE * 3 / 4 && r.evaluations() < SIZE);
        assertTrue("some are informed by experiments: " + r.experiments(), r.experiments() >= SIZE / 8);
        assertEquals("every status category", 3, initiatives(first, null).stream().map(IssueFacts::statusCategory).distinct().count());
    }

    @Test
    public void theStartUpReconcileBuiltARowForEveryGeneratedInitiativeWithEveryPrdStatusAndReadinessMix() {
        List<Long> ids = initiatives(first, null).stream().map(IssueFacts::id).toList();
        List<PortfolioSummary> rows = first.portfolioSummaries.findByIssueIds(ids);
        assertEquals(SIZE, rows.size());
        assertTrue(first.reconcileMillis >= 0);
        Set<PrdStatus> statuses = EnumSet.noneOf(PrdStatus.class);
        rows.stream().filter(s -> s.prd() != null).forEach(s -> statuses.add(s.prd().status()));
        assertEquals(EnumSet.allOf(PrdStatus.class), statuses);
        assertTrue("some without a PRD", rows.stream().anyMatch(s -> s.prd() == null));
        List<PortfolioSummary.Readiness> readiness = rows.stream().map(PortfolioSummary::readiness).filter(x -> x != null).toList();
        assertTrue("ready ones", readiness.stream().anyMatch(PortfolioSummary.Readiness::ready));
        assertTrue("blocked ones, with the blocking gates named", readiness.stream().anyMatch(x -> !x.ready() && !x.blocking().isEmpty()));
        assertEquals("the Standard launch gate set's six gates", Set.of(6), readiness.stream().map(PortfolioSummary.Readiness::total).collect(Collectors.toSet()));
        assertTrue("experiments counted", rows.stream().anyMatch(s -> s.experiments().count() > 0));
        assertTrue("some with a sample-ratio mismatch", rows.stream().anyMatch(s -> s.experiments().srm() > 0));
        assertEquals("every colour", 3, rows.stream().map(s -> s.health().color()).distinct().count());
    }

    @Test
    public void twoFirstStartsGenerateTheSameData() {
        assertEquals(dump(first), dump(second));
        List<Long> ids = initiatives(first, null).stream().map(IssueFacts::id).toList();
        assertEquals(summaries(first, ids), summaries(second, ids));
    }

    @Test
    public void theViewerBrowsesOnlyThePublicProjectsTheOpsManagerAll() {
        List<IssueFacts> olga = initiatives(first, first.users.findByKey("JIRAUSER10100").orElseThrow());
        List<IssueFacts> vic = initiatives(first, first.users.findByKey("JIRAUSER10102").orElseThrow());
        assertEquals(SIZE, olga.size());
        assertTrue("vic sees fewer: " + vic.size(), vic.size() > 0 && vic.size() < olga.size());
        assertEquals(LargeDemo.PUBLIC_PROJECTS, vic.stream().map(i -> i.project().key()).distinct().count());
    }

    @Test
    public void aLaterStartWithTheSwitchAddsNothing() throws Exception {
        java.nio.file.Path dir = FOLDER.newFolder("again").toPath();
        HostComponents c = new HostComponents(HostOptions.forTests(dir));
        c.prepareData();
        c.close();
        HostComponents again = new HostComponents(HostOptions.forTests(dir).withLargeDemo(SIZE));
        try {
            again.prepareData();
            assertNull(again.largeDemo);
            assertEquals("no generated issue: the projects of the large demo were never created", 0,
                    count(again, "SELECT COUNT(*) FROM HOST_ISSUE WHERE ID >= 2000000"));
        } finally {
            again.close();
        }
        assertFalse(HostOptions.parse(new String[0]).largeDemoInitiatives() > 0);
        assertEquals(LargeDemo.DEFAULT_INITIATIVES, HostOptions.parse(new String[] {"--large-demo"}).largeDemoInitiatives());
        assertEquals(300, HostOptions.parse(new String[] {"--large-demo-initiatives", "300"}).largeDemoInitiatives());
    }

    private static List<String> summaries(HostComponents c, List<Long> ids) {
        List<String> out = new ArrayList<>();
        c.portfolioSummaries.findByIssueIds(ids).stream().sorted(java.util.Comparator.comparing(PortfolioSummary::issueKey)).forEach(s ->
                out.add(s.issueKey() + " " + s.prd() + " " + (s.readiness() == null ? null : s.readiness().ready() + "/" + s.readiness().blocking())
                        + " " + s.experiments() + " " + s.health().color() + " " + s.health().reasons()));
        return out;
    }

    private static List<String> dump(HostComponents c) {
        return c.hostDatabase.read(conn -> {
            List<String> rows = new ArrayList<>();
            try (PreparedStatement s = conn.prepareStatement("SELECT ISSUE_KEY, ISSUE_TYPE, SUMMARY, STATUS, ASSIGNEE_KEY, DUE_DATE, PARENT_ID"
                    + " FROM HOST_ISSUE WHERE ID >= 2000000 ORDER BY ID"); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(r.getString(1) + "|" + r.getString(2) + "|" + r.getString(3) + "|" + r.getString(4) + "|" + r.getString(5) + "|"
                            + r.getDate(6) + "|" + r.getLong(7));
                }
            }
            return rows;
        });
    }

    private static int count(HostComponents c, String sql) {
        return c.hostDatabase.read(conn -> {
            try (PreparedStatement s = conn.prepareStatement(sql); ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        });
    }
}

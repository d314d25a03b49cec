package io.prodops.governance.portfolio.storage;

import io.prodops.governance.ao.EmbeddedActiveObjects;
import io.prodops.governance.common.domain.Access;
import io.prodops.governance.common.domain.AuditLog;
import io.prodops.governance.common.domain.IssueFacts;
import io.prodops.governance.common.domain.IssueLinkFacts;
import io.prodops.governance.common.domain.ProjectRef;
import io.prodops.governance.common.domain.SearchPage;
import io.prodops.governance.common.domain.StatusCategory;
import io.prodops.governance.common.domain.UserRef;
import io.prodops.governance.common.port.IssueDirectory;
import io.prodops.governance.common.storage.AoConfigDocRepository;
import io.prodops.governance.common.storage.AoTransactions;
import io.prodops.governance.common.storage.RevisionGuard;
import io.prodops.governance.experiment.ExperimentFixtures;
import io.prodops.governance.experiment.domain.Decision;
import io.prodops.governance.experiment.domain.ExperimentDesign;
import io.prodops.governance.experiment.domain.ExperimentLinks;
import io.prodops.governance.experiment.domain.ExperimentStatus;
import io.prodops.governance.experiment.domain.DecisionRecord;
import io.prodops.governance.experiment.domain.DesignValidator;
import io.prodops.governance.experiment.domain.ResultSnapshot;
import io.prodops.governance.experiment.domain.ResultSource;
import io.prodops.governance.experiment.domain.stats.VariantResult;
import io.prodops.governance.experiment.storage.AoExperimentRepository;
import io.prodops.governance.portfolio.domain.HealthColor;
import io.prodops.governance.portfolio.domain.HealthRulesService;
import io.prodops.governance.portfolio.domain.PortfolioRefresher;
import io.prodops.governance.portfolio.domain.PortfolioSummary;
import io.prodops.governance.portfolio.domain.PortfolioSummaryBuilder;
import io.prodops.governance.portfolio.domain.SummaryRefresh;
import io.prodops.governance.prd.domain.PrdStatus;
import io.prodops.governance.prd.json.SectionContentJson;
import io.prodops.governance.prd.storage.AoPrdRepository;
import io.prodops.governance.readiness.domain.Evaluation;
import io.prodops.governance.readiness.domain.GateBinding;
import io.prodops.governance.readiness.domain.GateKind;
import io.prodops.governance.readiness.domain.GateResult;
import io.prodops.governance.readiness.domain.GateStatus;
import io.prodops.governance.readiness.domain.IssueFieldValues;
import io.prodops.governance.readiness.domain.Message;
import io.prodops.governance.readiness.storage.AoGateBindingRepository;
import io.prodops.governance.readiness.storage.AoReadinessEvaluationRepository;
import io.prodops.governance.testing.AllEntities;
import io.prodops.governance.testing.SharedLock;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;

/**
 * A rebuild over real storage (PRDs, evaluations, bindings, experiments and their results in AO) of demo-like data
 * writes the rows a portfolio shows, removes stale ones, and takes the same number of queries for 5 or 500 rows.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Data(AllEntities.class)
public class PortfolioRebuildStorageTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final Instant EVALUATED = Instant.parse("2026-11-22T09:30:00Z");
    private static final ProjectRef GROW = new ProjectRef(10, "GROW", "Growth");
    private static final ProjectRef OPS = new ProjectRef(20, "OPS", "Operations");

    private EntityManager entityManager;
    private AoPrdRepository prds;
    private AoReadinessEvaluationRepository evaluations;
    private AoExperimentRepository experiments;
    private AoPortfolioSummaryRepository summaries;
    private Issues issues;
    private PortfolioRefresher refresher;
    private final Instant[] now = {NOW};

    @Before
    public void setUp() {
        EmbeddedActiveObjects ao = new EmbeddedActiveObjects(entityManager);
        Clock clock = new Clock() { // advances when the test says so
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        RevisionGuard revisions = new RevisionGuard(ao, clock);
        AoTransactions transactions = new AoTransactions(ao, revisions);
        prds = new AoPrdRepository(ao, revisions, new SectionContentJson());
        evaluations = new AoReadinessEvaluationRepository(ao);
        experiments = new AoExperimentRepository(ao, revisions, clock);
        summaries = new AoPortfolioSummaryRepository(ao);
        AoGateBindingRepository bindings = new AoGateBindingRepository(ao, revisions);
        bindings.replace(List.of(new GateBinding(GROW, List.of(), "LAUNCH")), 0, "olga");
        HealthRulesService rules = new HealthRulesService(new AoConfigDocRepository(ao, revisions), new JacksonHealthRulesCodec(),
                mock(Access.class), mock(AuditLog.class), transactions);
        issues = new Issues();
        IssueFieldValues noFields = (issue, ids) -> Map.of();
        refresher = new PortfolioRefresher(summaries, new PortfolioSummaryBuilder(prds, bindings, evaluations, experiments, issues, noFields, rules, clock),
                new AoPortfolioSettingsRepository(ao, revisions), issues, new SharedLock(), transactions, clock);
    }

    private static GateResult gate(String key, String title, GateStatus status) {
        return new GateResult(key, title, GateKind.PRD_APPROVED, true, status, null, List.of(), null, null);
    }

    private void prd(long issueId, PrdStatus status, double completeness) {
        prds.create(issueId, 10, "STANDARD_PRD", 1, List.of(), "pete");
        prds.saveState(issueId, status, completeness, null, 1, "pete");
    }

    private void experiment(long issueId, long informs, ExperimentStatus status, Decision decision, long control, long treatment) {
        issues.add(new IssueFacts(issueId, "GROW-" + issueId, "Experiment " + issueId, GROW, "Experiment", "Open", StatusCategory.IN_PROGRESS,
                null, null, null));
        issues.link(issueId, informs);
        ExperimentDesign design = DesignValidator.validate(ExperimentFixtures.conversionDesign());
        experiments.create(issueId, 10, design, "eve");
        experiments.save(issueId, design, ExperimentStatus.RUNNING, null, 1, "eve");
        if (control > 0) {
            experiments.addSnapshot(issueId, ResultSource.API, new ResultSnapshot.Results(List.of(VariantResult.conversion("Control", control, control / 10),
                    VariantResult.conversion("Big button", treatment, treatment / 10)), List.of()), "eve");
        }
        if (status != ExperimentStatus.RUNNING) {
            experiments.save(issueId, design, status, decision == null ? null : new DecisionRecord(decision, "why", null, "eve", NOW), 2, "eve");
        }
    }

    @Test
    public void reconcileBuildsTheRowsOfDemoLikeDataAndRemovesStaleOnes() {
        LocalDate passed = LocalDate.parse("2026-11-01");
        issues.add(new IssueFacts(1, "GROW-1", "Checkout revamp \uD83D\uDE80", GROW, "Initiative", "In Progress", StatusCategory.IN_PROGRESS, "pete",
                passed, null));
        issues.add(new IssueFacts(2, "GROW-2", "Onboarding", GROW, "Epic", "In Progress", StatusCategory.IN_PROGRESS, null,
                LocalDate.parse("2027-06-01"), null));
        issues.add(new IssueFacts(3, "OPS-3", "Runbooks", OPS, "Initiative", "To Do", StatusCategory.TO_DO, "olga", null, null));
        issues.add(new IssueFacts(4, "GROW-4", "A story", GROW, "Story", "To Do", StatusCategory.TO_DO, null, null, 2L));
        prd(1, PrdStatus.IN_REVIEW, 0.5);
        prd(2, PrdStatus.APPROVED, 1.0);
        evaluations.storeLatest(10, new Evaluation("LAUNCH", 2, 1, EVALUATED, false, List.of(gate("prd", "PRD approved", GateStatus.FAIL),
                gate("legal", "Legal sign-off", GateStatus.WAIVED), gate("docs", "Docs ready", GateStatus.PASS))));
        evaluations.storeLatest(10, new Evaluation("OTHER", 1, 2, EVALUATED, false, List.of(gate("x", "Not the bound set", GateStatus.FAIL))));
        evaluations.storeLatest(10, new Evaluation("LAUNCH", 2, 2, EVALUATED, true, List.of(gate("prd", "PRD approved", GateStatus.PASS))));
        experiment(201, 2, ExperimentStatus.RUNNING, null, 10_000, 11_000); // sample-ratio mismatch
        experiment(202, 2, ExperimentStatus.DECIDED, Decision.SHIP, 10_000, 10_020);
        experiment(203, 2, ExperimentStatus.ANALYSIS, null, 0, 0); // no results yet
        summaries.upsert(List.of(new PortfolioSummary(4, "GROW-4", "was an epic", 10, "GROW", "Epic", null, StatusCategory.TO_DO, null, null, null,
                null, new io.prodops.governance.portfolio.domain.Health(HealthColor.GREEN, List.of()), 0, null, NOW, NOW)));

        SummaryRefresh.ReconcileResult result = refresher.reconcile();

        assertEquals(3, result.rebuilt());
        assertEquals(1, result.removed());
        assertEquals(3, summaries.count());
        PortfolioSummary one = summaries.find(1).orElseThrow();
        assertEquals("Checkout revamp \uD83D\uDE80", one.summary());
        assertEquals("pete", one.ownerKey());
        assertEquals(passed, one.targetDate());
        assertEquals(new PortfolioSummary.Prd(PrdStatus.IN_REVIEW, 0.5), one.prd());
        assertEquals(new PortfolioSummary.Readiness("LAUNCH", false, 2, 3, List.of("PRD approved"), EVALUATED), one.readiness());
        assertEquals(PortfolioSummary.Experiments.NONE, one.experiments());
        assertEquals(HealthColor.RED, one.health().color());
        assertEquals(List.of(Message.of("prodops.portfolio.health.target.passed.not.done", passed, 22),
                Message.of("prodops.portfolio.health.prd.not.approved.near.target", "IN_REVIEW", passed, 30)), one.health().reasons());
        assertEquals(LocalDate.parse("2026-11-23"), one.healthDay());

        PortfolioSummary two = summaries.find(2).orElseThrow();
        assertEquals(new PortfolioSummary.Readiness("LAUNCH", true, 1, 1, List.of(), EVALUATED), two.readiness());
        assertEquals(Map.of(ExperimentStatus.RUNNING, 1, ExperimentStatus.DECIDED, 1, ExperimentStatus.ANALYSIS, 1), two.experiments().byStatus());
        assertEquals(Map.of(Decision.SHIP, 1), two.experiments().decisions());
        assertEquals(1, two.experiments().srm());
        assertEquals(HealthColor.AMBER, two.health().color());
        assertEquals(List.of(Message.of("prodops.portfolio.health.experiment.srm", 1, 3)), two.health().reasons());

        PortfolioSummary three = summaries.find(3).orElseThrow();
        assertNull(three.prd());
        assertNull("OPS has no gate set bound", three.readiness());
        assertEquals(HealthColor.AMBER, three.health().color());
        assertEquals(List.of(Message.of("prodops.portfolio.health.no.target.date")), three.health().reasons());
        assertTrue(summaries.find(4).isEmpty());

        now[0] = NOW.plusSeconds(3600); // same day, nothing changed: rows are rebuilt, their content and updatedAt stay
        SummaryRefresh.ReconcileResult again = refresher.reconcile();
        assertEquals(new SummaryRefresh.ReconcileResult(3, 0, 0), new SummaryRefresh.ReconcileResult(again.rebuilt(), again.removed(), 0));
        for (long id : List.of(1L, 2L, 3L)) {
            PortfolioSummary row = summaries.find(id).orElseThrow();
            assertEquals("row " + id, NOW, row.updatedAt());
            assertEquals("row " + id, now[0], row.refreshedAt());
        }
        prd(3, PrdStatus.DRAFT, 0.0); // a change: the row's updatedAt moves
        refresher.refresh(List.of(3L));
        assertEquals(now[0], summaries.find(3).orElseThrow().updatedAt());
        assertEquals(new PortfolioSummary.Prd(PrdStatus.DRAFT, 0.0), summaries.find(3).orElseThrow().prd());
    }

    @Test
    public void aBatchOf500TakesAsManyQueriesAsABatchOf5() {
        LongStream.rangeClosed(1, 500).forEach(id -> {
            issues.add(new IssueFacts(id, "GROW-" + id, "Initiative " + id, GROW, "Initiative", "Open", StatusCategory.IN_PROGRESS, null,
                    LocalDate.parse("2027-01-01"), null));
            prd(id, PrdStatus.DRAFT, 0.25);
            evaluations.storeLatest(10, new Evaluation("LAUNCH", 1, id, EVALUATED, false, List.of(gate("prd", "PRD approved", GateStatus.FAIL))));
        });
        experiment(9001, 1, ExperimentStatus.RUNNING, null, 10_000, 11_000);
        experiment(9002, 500, ExperimentStatus.RUNNING, null, 10_000, 10_000);
        refresher.refresh(LongStream.rangeClosed(1, 500).boxed().toList()); // first build: inserts

        int five = selectsToRefresh(5);
        int all = selectsToRefresh(500);

        System.out.println("portfolio refresh: " + five + " SELECTs for 5 rows, " + all + " SELECTs for 500 rows");
        assertEquals(five, all);
        assertTrue("a handful of queries per batch, got " + all, all <= 20);
        assertEquals(1, summaries.find(1).orElseThrow().experiments().srm());
        assertEquals(0, summaries.find(500).orElseThrow().experiments().srm());
    }

    private int selectsToRefresh(int n) {
        AtomicInteger selects = new AtomicInteger();
        net.java.ao.DatabaseProvider.SqlListener counter = sql -> {
            if (sql.strip().toUpperCase(Locale.ROOT).startsWith("SELECT")) {
                selects.incrementAndGet();
            }
        };
        entityManager.getProvider().addSqlListener(counter);
        try {
            refresher.refresh(LongStream.rangeClosed(1, n).boxed().toList());
        } finally {
            entityManager.getProvider().removeSqlListener(counter);
        }
        return selects.get();
    }

    /** The host's issues, in memory (no SQL: the counted queries are the app's own). */
    static final class Issues implements IssueDirectory {
        private final Map<Long, IssueFacts> byId = new LinkedHashMap<>();
        private final Map<Long, List<IssueLinkFacts>> links = new LinkedHashMap<>();

        void add(IssueFacts issue) {
            byId.put(issue.id(), issue);
        }

        void link(long experiment, long initiative) {
            links.computeIfAbsent(experiment, k -> new ArrayList<>()).add(new IssueLinkFacts(ExperimentLinks.LINK_TYPE, IssueLinkFacts.Direction.OUTWARD, initiative));
            links.computeIfAbsent(initiative, k -> new ArrayList<>()).add(new IssueLinkFacts(ExperimentLinks.LINK_TYPE, IssueLinkFacts.Direction.INWARD, experiment));
        }

        @Override
        public Optional<IssueFacts> findByKey(String issueKey) {
            return byId.values().stream().filter(i -> i.key().equalsIgnoreCase(issueKey)).findFirst();
        }

        @Override
        public Optional<IssueFacts> findById(long issueId) {
            return Optional.ofNullable(byId.get(issueId));
        }

        @Override
        public List<IssueFacts> children(long issueId) {
            return byId.values().stream().filter(i -> Long.valueOf(issueId).equals(i.parentId())).toList();
        }

        @Override
        public List<IssueLinkFacts> links(long issueId) {
            return links.getOrDefault(issueId, List.of());
        }

        /** Understands only the reconcile's {@code issuetype in ("Initiative", "Epic")}. */
        @Override
        public SearchPage search(String jql, int start, int max, Optional<UserRef> searcher) {
            assertEquals("issuetype in (\"Initiative\", \"Epic\")", jql);
            List<IssueFacts> hits = byId.values().stream().filter(i -> i.issueType().equals("Initiative") || i.issueType().equals("Epic")).toList();
            return new SearchPage(hits.subList(Math.min(start, hits.size()), Math.min(hits.size(), start + max)), hits.size());
        }
    }
}

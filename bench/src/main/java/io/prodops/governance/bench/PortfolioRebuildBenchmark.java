package io.prodops.governance.bench;

import io.prodops.governance.ao.EmbeddedActiveObjects;
import io.prodops.governance.ao.EmbeddedDatabase;
import io.prodops.governance.common.domain.IssueFacts;
import io.prodops.governance.common.domain.IssueLinkFacts;
import io.prodops.governance.common.domain.ProjectRef;
import io.prodops.governance.common.domain.SearchPage;
import io.prodops.governance.common.domain.StatusCategory;
import io.prodops.governance.common.domain.UserRef;
import io.prodops.governance.common.port.IssueDirectory;
import io.prodops.governance.common.storage.AoAuditLog;
import io.prodops.governance.common.storage.AoConfigDocRepository;
import io.prodops.governance.common.storage.AoTransactions;
import io.prodops.governance.common.storage.RevisionGuard;
import io.prodops.governance.common.storage.StorageEntities;
import io.prodops.governance.experiment.ExperimentFixtures;
import io.prodops.governance.experiment.domain.DesignValidator;
import io.prodops.governance.experiment.domain.ExperimentDesign;
import io.prodops.governance.experiment.domain.ExperimentLinks;
import io.prodops.governance.experiment.domain.ExperimentStatus;
import io.prodops.governance.experiment.domain.ResultSnapshot;
import io.prodops.governance.experiment.domain.ResultSource;
import io.prodops.governance.experiment.domain.stats.VariantResult;
import io.prodops.governance.experiment.storage.AoExperimentRepository;
import io.prodops.governance.portfolio.domain.HealthRulesService;
import io.prodops.governance.portfolio.domain.PortfolioRefresher;
import io.prodops.governance.portfolio.domain.PortfolioSummaryBuilder;
import io.prodops.governance.portfolio.domain.SummaryRefresh;
import io.prodops.governance.portfolio.storage.AoPortfolioSettingsRepository;
import io.prodops.governance.portfolio.storage.AoPortfolioSummaryRepository;
import io.prodops.governance.portfolio.storage.JacksonHealthRulesCodec;
import io.prodops.governance.prd.domain.PrdStatus;
import io.prodops.governance.prd.json.SectionContentJson;
import io.prodops.governance.prd.storage.AoPrdRepository;
import io.prodops.governance.readiness.domain.Evaluation;
import io.prodops.governance.readiness.domain.GateBinding;
import io.prodops.governance.readiness.domain.GateKind;
import io.prodops.governance.readiness.domain.GateResult;
import io.prodops.governance.readiness.domain.GateStatus;
import io.prodops.governance.readiness.domain.IssueFieldValues;
import io.prodops.governance.readiness.storage.AoGateBindingRepository;
import io.prodops.governance.readiness.storage.AoReadinessEvaluationRepository;
import io.prodops.governance.testing.SharedLock;
import net.java.ao.EntityManager;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;

/**
 * Rebuilding every portfolio summary row ({@link SummaryRefresh#reconcile}) over H2 with the same AO code as in
 * Jira: {@code initiatives} initiatives in 10 projects, each with a PRD and a stored readiness evaluation (8 gates),
 * every fifth informed by two experiments with results (one of them off its allocation). Host look-ups are in-memory
 * fakes, so the figure is the app's own cost (target: 10,000 rows in ≤ 5 s). The setup builds the rows once and
 * prints the SQL statements a 500-row batch makes (constant whatever the batch size: no N+1).
 * Run: see README "Benchmarks" ({@code PortfolioRebuildBenchmark}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class PortfolioRebuildBenchmark {
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Param({"10000"})
    public int initiatives;

    private EntityManager entityManager;
    private Issues issues;
    private AoPortfolioSummaryRepository summaries;
    private PortfolioRefresher refresher;
    int selectsPerBatch;
    int statementsPerBatch;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        entityManager = EmbeddedDatabase.open("jdbc:h2:mem:bench-portfolio-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "",
                StorageEntities.NAMESPACE);
        entityManager.migrate(StorageEntities.asArray());
        EmbeddedActiveObjects ao = new EmbeddedActiveObjects(entityManager);
        Clock clock = Clock.systemUTC();
        RevisionGuard revisions = new RevisionGuard(ao, clock);
        AoTransactions transactions = new AoTransactions(ao, revisions);
        AoPrdRepository prds = new AoPrdRepository(ao, revisions, new SectionContentJson());
        AoReadinessEvaluationRepository evaluations = new AoReadinessEvaluationRepository(ao);
        AoExperimentRepository experiments = new AoExperimentRepository(ao, revisions, clock);
        AoGateBindingRepository bindings = new AoGateBindingRepository(ao, revisions);
        summaries = new AoPortfolioSummaryRepository(ao);
        issues = new Issues();

        List<GateBinding> bound = new ArrayList<>();
        List<ProjectRef> projects = new ArrayList<>();
        for (int p = 0; p < 10; p++) {
            ProjectRef project = new ProjectRef(10_000 + p, "P" + p, "Project " + p);
            projects.add(project);
            bound.add(new GateBinding(project, List.of(), "LAUNCH"));
        }
        bindings.replace(bound, 0, "olga");
        ExperimentDesign design = DesignValidator.validate(ExperimentFixtures.conversionDesign());
        PrdStatus[] statuses = PrdStatus.values();
        transactions.inTransaction(() -> {
            for (int i = 0; i < initiatives; i++) {
                long id = 100_000L + i;
                ProjectRef project = projects.get(i % projects.size());
                issues.add(new IssueFacts(id, project.key() + "-" + i, "Initiative " + i, project, i % 2 == 0 ? "Initiative" : "Epic", "Open",
                        StatusCategory.values()[i % 3], "user" + (i % 50), LocalDate.parse("2026-10-01").plusDays(i % 400), null));
                prds.create(id, project.id(), "STANDARD_PRD", 1, List.of(), "pete");
                prds.saveState(id, statuses[i % statuses.length], (i % 11) / 10.0, null, 1, "pete");
                evaluations.storeLatest(project.id(), new Evaluation("LAUNCH", 1, id, NOW, i % 4 == 0, gates(i)));
                if (i % 5 == 0) {
                    for (int e = 0; e < 2; e++) {
                        long exp = 1_000_000L + i * 2L + e;
                        issues.add(new IssueFacts(exp, project.key() + "-X" + exp, "Experiment", project, "Experiment", "Open",
                                StatusCategory.IN_PROGRESS, null, null, null));
                        issues.link(exp, id);
                        experiments.create(exp, project.id(), design, "eve");
                        experiments.save(exp, design, ExperimentStatus.RUNNING, null, 1, "eve");
                        long control = 10_000;
                        long treatment = e == 0 ? 11_000 : 10_050;
                        experiments.addSnapshot(exp, ResultSource.API, new ResultSnapshot.Results(List.of(
                                VariantResult.conversion("Control", control, control / 10),
                                VariantResult.conversion("Big button", treatment, treatment / 10)), List.of()), "eve");
                    }
                }
            }
            return null;
        });
        // the rebuild reads the published rules only (no caller check): no Access needed
        HealthRulesService rules = new HealthRulesService(new AoConfigDocRepository(ao, revisions), new JacksonHealthRulesCodec(),
                null, new AoAuditLog(ao), transactions);
        IssueFieldValues noFields = (issue, fieldIds) -> Map.of();
        refresher = new PortfolioRefresher(summaries, new PortfolioSummaryBuilder(prds, bindings, evaluations, experiments, issues, noFields, rules, clock),
                new AoPortfolioSettingsRepository(ao, revisions), issues, new SharedLock(), transactions, clock);
        SummaryRefresh.ReconcileResult first = refresher.reconcile();
        countBatch();
        System.out.println("PortfolioRebuildBenchmark: first build " + first.rebuilt() + " rows in " + first.millis() + " ms; a 500-row batch makes "
                + selectsPerBatch + " SELECTs (" + statementsPerBatch + " SQL statements with the 500 row updates)");
    }

    private static List<GateResult> gates(int i) {
        List<GateResult> out = new ArrayList<>();
        for (int g = 0; g < 8; g++) {
            GateStatus status = (i + g) % 5 == 0 ? GateStatus.FAIL : g % 4 == 0 ? GateStatus.WAIVED : GateStatus.PASS;
            out.add(new GateResult("gate" + g, "Gate " + g, GateKind.PRD_APPROVED, true, status, null, List.of(), null, null));
        }
        return out;
    }

    private void countBatch() {
        AtomicInteger selects = new AtomicInteger();
        AtomicInteger statements = new AtomicInteger();
        net.java.ao.DatabaseProvider.SqlListener counter = sql -> {
            statements.incrementAndGet();
            if (sql.strip().toUpperCase(Locale.ROOT).startsWith("SELECT")) {
                selects.incrementAndGet();
            }
        };
        entityManager.getProvider().addSqlListener(counter);
        try {
            refresher.refresh(LongStream.range(100_000L, 100_500L).boxed().toList());
        } finally {
            entityManager.getProvider().removeSqlListener(counter);
        }
        selectsPerBatch = selects.get();
        statementsPerBatch = statements.get();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        entityManager.getProvider().dispose();
    }

    /** Every row rebuilt: search pages of 500, batched reads, row writes, the stored-id stream. */
    @Benchmark
    public SummaryRefresh.ReconcileResult rebuildAll() {
        return refresher.reconcile();
    }

    AoPortfolioSummaryRepository summaries() {
        return summaries;
    }

    /** The host's issues in memory, with the batched look-ups a host provides. */
    static final class Issues implements IssueDirectory {
        private final Map<Long, IssueFacts> byId = new LinkedHashMap<>();
        private final List<IssueFacts> initiativesInOrder = new ArrayList<>();
        private final Map<Long, List<IssueLinkFacts>> links = new HashMap<>();

        void add(IssueFacts issue) {
            byId.put(issue.id(), issue);
            if (!issue.issueType().equals("Experiment")) {
                initiativesInOrder.add(issue);
            }
        }

        void link(long experiment, long initiative) {
            links.computeIfAbsent(experiment, k -> new ArrayList<>()).add(new IssueLinkFacts(ExperimentLinks.LINK_TYPE, IssueLinkFacts.Direction.OUTWARD, initiative));
            links.computeIfAbsent(initiative, k -> new ArrayList<>()).add(new IssueLinkFacts(ExperimentLinks.LINK_TYPE, IssueLinkFacts.Direction.INWARD, experiment));
        }

        @Override
        public Optional<IssueFacts> findByKey(String issueKey) {
            return byId.values().stream().filter(i -> i.key().equals(issueKey)).findFirst();
        }

        @Override
        public Optional<IssueFacts> findById(long issueId) {
            return Optional.ofNullable(byId.get(issueId));
        }

        @Override
        public List<IssueFacts> findByIds(Collection<Long> issueIds) {
            return issueIds.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
        }

        @Override
        public List<IssueFacts> children(long issueId) {
            return List.of();
        }

        @Override
        public List<IssueLinkFacts> links(long issueId) {
            return links.getOrDefault(issueId, List.of());
        }

        @Override
        public Map<Long, List<IssueLinkFacts>> linksOf(Collection<Long> issueIds) {
            Map<Long, List<IssueLinkFacts>> out = new LinkedHashMap<>();
            issueIds.forEach(id -> out.put(id, links.getOrDefault(id, List.of())));
            return out;
        }

        /** The reconcile's {@code issuetype in (..)} query: every initiative and epic, paged. */
        @Override
        public SearchPage search(String jql, int start, int max, Optional<UserRef> searcher) {
            int from = Math.min(start, initiativesInOrder.size());
            return new SearchPage(initiativesInOrder.subList(from, Math.min(initiativesInOrder.size(), from + max)), initiativesInOrder.size());
        }
    }
}

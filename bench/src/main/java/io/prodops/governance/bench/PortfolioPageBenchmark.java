package io.prodops.governance.bench;

import io.prodops.governance.ao.EmbeddedActiveObjects;
import io.prodops.governance.ao.EmbeddedDatabase;
import io.prodops.governance.common.domain.Access;
import io.prodops.governance.common.domain.IssueFacts;
import io.prodops.governance.common.domain.IssueLinkFacts;
import io.prodops.governance.common.domain.ProjectRef;
import io.prodops.governance.common.domain.SearchPage;
import io.prodops.governance.common.domain.StatusCategory;
import io.prodops.governance.common.domain.UserRef;
import io.prodops.governance.common.port.IssueDirectory;
import io.prodops.governance.common.port.UserDirectory;
import io.prodops.governance.common.storage.AoAuditLog;
import io.prodops.governance.common.storage.AoConfigDocRepository;
import io.prodops.governance.common.storage.AoTransactions;
import io.prodops.governance.common.storage.RevisionGuard;
import io.prodops.governance.common.storage.StorageEntities;
import io.prodops.governance.experiment.domain.Decision;
import io.prodops.governance.experiment.domain.ExperimentStatus;
import io.prodops.governance.portfolio.domain.Health;
import io.prodops.governance.portfolio.domain.HealthColor;
import io.prodops.governance.portfolio.domain.HealthEvaluator;
import io.prodops.governance.portfolio.domain.HealthRuleSet;
import io.prodops.governance.portfolio.domain.HealthRulesService;
import io.prodops.governance.portfolio.domain.PortfolioQuery;
import io.prodops.governance.portfolio.domain.PortfolioQueryService;
import io.prodops.governance.portfolio.domain.PortfolioResult;
import io.prodops.governance.portfolio.domain.PortfolioSummary;
import io.prodops.governance.portfolio.domain.PortfolioView.GroupBy;
import io.prodops.governance.portfolio.domain.PortfolioView.Sort;
import io.prodops.governance.portfolio.domain.PortfolioView.SortField;
import io.prodops.governance.portfolio.domain.SummaryRefresh;
import io.prodops.governance.portfolio.storage.AoPortfolioSettingsRepository;
import io.prodops.governance.portfolio.storage.AoPortfolioSummaryRepository;
import io.prodops.governance.portfolio.storage.JacksonHealthRulesCodec;
import io.prodops.governance.prd.domain.PrdStatus;
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
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One portfolio page over {@code rows} initiatives stored in PF_SUMMARY on H2 (the real AO repository), GIVEN the id
 * search: the host's permission-checked search is a fake that returns the ids at once, because its cost is Jira's,
 * not ours. Measured: batched joins (≤ 500 ids per query), health freshness (one row in ten from yesterday, so
 * recomputed), filters, grouping by project, sort, totals, charts and the 50-row slice. Target ≤ 250 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class PortfolioPageBenchmark {
    static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    static final UserRef CALLER = new UserRef("u-bench", "Bench User");
    static final int PROJECTS = 20;
    static final int OWNERS = 50;

    @Param("10000")
    public int rows;

    private EntityManager entityManager;
    private PortfolioQueryService service;
    private AoPortfolioSummaryRepository summaries;
    final AtomicInteger refreshCalls = new AtomicInteger();
    final AtomicInteger searches = new AtomicInteger();

    /** Filtered to open initiatives, grouped by project, sorted by target date descending, the first 50 rows. */
    static final PortfolioQuery PAGE = new PortfolioQuery(null, null, null, null, null, Set.of(StatusCategory.TO_DO, StatusCategory.IN_PROGRESS),
            null, null, GroupBy.PROJECT, new Sort(SortField.TARGET_DATE, true), 0, 50);

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        entityManager = EmbeddedDatabase.open("jdbc:h2:mem:bench-portfolio-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "",
                StorageEntities.NAMESPACE);
        entityManager.migrate(StorageEntities.asArray());
        EmbeddedActiveObjects ao = new EmbeddedActiveObjects(entityManager);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        RevisionGuard revisions = new RevisionGuard(ao, clock);
        AoTransactions transactions = new AoTransactions(ao, revisions);
        summaries = new AoPortfolioSummaryRepository(ao);
        seed(transactions);

        List<SearchPage> pages = searchPages();
        IssueDirectory issues = new IssueDirectory() {
            @Override
            public Optional<IssueFacts> findByKey(String issueKey) {
                return Optional.empty();
            }

            @Override
            public Optional<IssueFacts> findById(long issueId) {
                return Optional.empty();
            }

            @Override
            public List<IssueFacts> children(long issueId) {
                return List.of();
            }

            @Override
            public List<IssueLinkFacts> links(long issueId) {
                return List.of();
            }

            @Override
            public SearchPage search(String jql, int start, int max, Optional<UserRef> searcher) {
                searches.incrementAndGet();
                int page = start / 1000;
                return page < pages.size() ? pages.get(page) : new SearchPage(List.of(), rows);
            }

            @Override
            public void validateJql(String jql) {
            }
        };
        UserDirectory users = new UserDirectory() {
            @Override
            public Optional<UserRef> findByKey(String userKey) {
                return Optional.of(new UserRef(userKey, "Owner " + userKey));
            }

            @Override
            public boolean isInGroup(String userKey, String groupName) {
                return false;
            }
        };
        // only requireUser is called on this path; the policy and settings are never asked
        Access access = new Access(() -> Optional.of(CALLER), issues, null, users, null);
        HealthRulesService healthRules = new HealthRulesService(new AoConfigDocRepository(ao, revisions), new JacksonHealthRulesCodec(), access,
                new AoAuditLog(ao), transactions);
        SummaryRefresh refresh = new SummaryRefresh() {
            @Override
            public void refresh(Collection<Long> issueIds) {
                refreshCalls.incrementAndGet();
            }

            @Override
            public void refreshAffected(Collection<Long> issueIds) {
                refreshCalls.incrementAndGet();
            }

            @Override
            public ReconcileResult reconcile() {
                return new ReconcileResult(0, 0, 0);
            }
        };
        service = new PortfolioQueryService(access, issues, users, summaries, refresh, new AoPortfolioSettingsRepository(ao, revisions),
                healthRules, (id, caller) -> Optional.empty(), null, clock);
    }

    private List<SearchPage> searchPages() {
        List<SearchPage> pages = new ArrayList<>();
        List<IssueFacts> current = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            long id = 100_000L + i;
            current.add(new IssueFacts(id, "P" + (i % PROJECTS) + "-" + i, null, new ProjectRef(i % PROJECTS, "P" + (i % PROJECTS), null),
                    "Initiative", null, StatusCategory.TO_DO, null, null, null));
            if (current.size() == 1000) {
                pages.add(new SearchPage(current, rows));
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            pages.add(new SearchPage(current, rows));
        }
        return pages;
    }

    /** Demo-like rows: 20 projects, 50 owners (one row in seven unassigned), dates over 18 months, mixed PRD/readiness/experiments. */
    private void seed(AoTransactions transactions) {
        SplittableRandom random = new SplittableRandom(7);
        HealthRuleSet rules = HealthRuleSet.defaults();
        List<PortfolioSummary> batch = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            long id = 100_000L + i;
            String project = "P" + (i % PROJECTS);
            StatusCategory category = StatusCategory.values()[random.nextInt(3)];
            LocalDate target = random.nextInt(10) == 0 ? null : TODAY.plusDays(random.nextInt(-120, 420));
            PortfolioSummary.Prd prd = random.nextInt(5) == 0 ? null
                    : new PortfolioSummary.Prd(PrdStatus.values()[random.nextInt(PrdStatus.values().length)], random.nextInt(101) / 100.0);
            PortfolioSummary.Readiness readiness = random.nextInt(4) == 0 ? null
                    : new PortfolioSummary.Readiness("launch", random.nextBoolean(), random.nextInt(9), 8,
                    List.of("Security review", "Marketing sign-off"), NOW.minusSeconds(random.nextInt(86_400 * 30)));
            int experiments = random.nextInt(4);
            PortfolioSummary.Experiments ex = experiments == 0 ? PortfolioSummary.Experiments.NONE
                    : new PortfolioSummary.Experiments(Map.of(ExperimentStatus.RUNNING, experiments), Map.of(Decision.SHIP, random.nextInt(2)),
                    random.nextInt(8) == 0 ? 1 : 0);
            String owner = i % 7 == 0 ? null : "u-" + random.nextInt(OWNERS);
            PortfolioSummary draft = new PortfolioSummary(id, project + "-" + i, "Initiative number " + i + " of " + project, i % PROJECTS,
                    project, "Initiative", owner, category, target, prd, readiness, ex, new Health(HealthColor.GREEN, List.of()), 0, TODAY, NOW, NOW);
            // one row in ten was computed yesterday, so the page recomputes its health in memory
            LocalDate day = i % 10 == 0 ? TODAY.minusDays(1) : TODAY;
            Health health = HealthEvaluator.evaluate(rules, draft.healthInputs(), day);
            batch.add(new PortfolioSummary(id, draft.issueKey(), draft.summary(), draft.projectId(), project, "Initiative", owner, category,
                    target, prd, readiness, ex, health, 0, day, NOW, NOW));
            if (batch.size() == 500 || i == rows - 1) {
                List<PortfolioSummary> rowsOfBatch = List.copyOf(batch);
                transactions.inTransaction(() -> {
                    summaries.upsert(rowsOfBatch);
                    return null;
                });
                batch.clear();
            }
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        entityManager.getProvider().dispose();
    }

    @Benchmark
    public PortfolioResult filteredGroupedSortedPage() {
        return service.page(PAGE);
    }

    @Benchmark
    public PortfolioResult everyRowDefaultSort() {
        return service.page(PortfolioQuery.all());
    }

    PortfolioQueryService service() {
        return service;
    }

    long stored() {
        return summaries.count();
    }
}

package io.prodops.governance.portfolio.storage;

import io.prodops.governance.ao.EmbeddedActiveObjects;
import io.prodops.governance.common.domain.StatusCategory;
import io.prodops.governance.experiment.domain.Decision;
import io.prodops.governance.experiment.domain.ExperimentStatus;
import io.prodops.governance.portfolio.domain.Health;
import io.prodops.governance.portfolio.domain.HealthColor;
import io.prodops.governance.portfolio.domain.PortfolioSummary;
import io.prodops.governance.prd.domain.PrdStatus;
import io.prodops.governance.readiness.domain.IssueMention;
import io.prodops.governance.readiness.domain.Message;
import io.prodops.governance.testing.AllEntities;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** PF_SUMMARY rows round-trip every field (nulls and unicode included), upsert by issue id, stream ids in order. */
@RunWith(ActiveObjectsJUnitRunner.class)
@Data(AllEntities.class)
public class PortfolioSummaryStorageTest {
    private static final Instant T1 = Instant.parse("2026-11-23T10:15:30Z");
    private static final Instant T2 = Instant.parse("2026-11-24T08:00:00Z");
    private static final long PROJECT = 10_000_000_000L;

    private EntityManager entityManager;
    private AoPortfolioSummaryRepository repository;

    @Before
    public void setUp() {
        repository = new AoPortfolioSummaryRepository(new EmbeddedActiveObjects(entityManager));
    }

    private static PortfolioSummary full(long issueId) {
        return new PortfolioSummary(issueId, "GROW-" + issueId, "Ünïcødé \u202e\uD83D\uDE80 <b>launch</b> \"q\"", PROJECT, "GROW", "Initiative",
                "user-ключ", StatusCategory.IN_PROGRESS, LocalDate.parse("2026-12-24"),
                new PortfolioSummary.Prd(PrdStatus.IN_REVIEW, 0.75),
                new PortfolioSummary.Readiness("STANDARD_LAUNCH", false, 3, 5, List.of("PRD approved", "Marketing \uD83D\uDE80 ready"), T1),
                new PortfolioSummary.Experiments(Map.of(ExperimentStatus.RUNNING, 2, ExperimentStatus.DECIDED, 1), Map.of(Decision.SHIP, 1), 1),
                new Health(HealthColor.RED, List.of(Message.of("prodops.portfolio.health.target.passed", LocalDate.parse("2026-11-01"), 22),
                        Message.of("prodops.portfolio.health.srm", new IssueMention(7, "EXP-7", "Ex \uD83D\uDE80"), 0.25, "text"))),
                4, LocalDate.parse("2026-11-23"), T1, T2);
    }

    private static PortfolioSummary bare(long issueId) {
        return new PortfolioSummary(issueId, "OPS-" + issueId, null, PROJECT + 1, null, null, null, StatusCategory.TO_DO, null, null, null,
                null, new Health(HealthColor.GREEN, List.of()), 0, null, T1, T1);
    }

    @Test
    public void everyFieldRoundTrips() {
        repository.upsert(List.of(full(1), bare(2)));

        assertEquals(full(1), repository.find(1).orElseThrow());
        assertEquals(bare(2), repository.find(2).orElseThrow());
        assertTrue(repository.find(3).isEmpty());
        assertEquals(PortfolioSummary.Experiments.NONE, repository.find(2).orElseThrow().experiments());
    }

    @Test
    public void readinessWithoutBlockingGatesAndAPrdWithZeroCompletenessRoundTrip() {
        PortfolioSummary f = full(1);
        PortfolioSummary ready = new PortfolioSummary(1, f.issueKey(), f.summary(), f.projectId(), f.projectKey(), f.issueType(), f.ownerKey(),
                StatusCategory.DONE, f.targetDate(), new PortfolioSummary.Prd(PrdStatus.DRAFT, 0.0),
                new PortfolioSummary.Readiness("K", true, 5, 5, List.of(), null), PortfolioSummary.Experiments.NONE,
                new Health(HealthColor.AMBER, List.of(Message.of("k"))), 1, f.healthDay(), T1, T2);
        repository.upsert(List.of(ready));

        assertEquals(ready, repository.find(1).orElseThrow());
    }

    @Test
    public void upsertReplacesTheRowOfAnIssueInPlace() throws Exception {
        repository.upsert(List.of(full(1), bare(2)));
        repository.upsert(List.of(bare(1), full(3)));

        assertEquals(bare(1), repository.find(1).orElseThrow());
        assertEquals(full(3), repository.find(3).orElseThrow());
        assertEquals(3, repository.count());
        assertEquals(3, entityManager.count(PortfolioSummaryEntity.class));
    }

    @Test
    public void theLastRowOfAnIssueInOneBatchWins() {
        repository.upsert(List.of(full(1), bare(1)));

        assertEquals(bare(1), repository.find(1).orElseThrow());
        assertEquals(1, repository.count());
    }

    @Test
    public void findByIssueIdsReturnsTheStoredOnesInOneQuery() throws Exception {
        repository.upsert(List.of(full(1), bare(2), full(3)));
        AtomicInteger queries = new AtomicInteger();
        net.java.ao.DatabaseProvider.SqlListener counter = sql -> queries.incrementAndGet();
        entityManager.getProvider().addSqlListener(counter);
        List<PortfolioSummary> found;
        try {
            found = repository.findByIssueIds(List.of(3L, 1L, 99L, 1L));
        } finally {
            entityManager.getProvider().removeSqlListener(counter);
        }
        assertEquals(List.of(1L, 3L), found.stream().map(PortfolioSummary::issueId).sorted().toList());
        assertEquals(1, queries.get());
        assertEquals(List.of(), repository.findByIssueIds(List.of()));
    }

    @Test
    public void batchesAreLimitedTo500() {
        List<Long> ids = LongStream.rangeClosed(1, 501).boxed().toList();
        assertThrows(IllegalArgumentException.class, () -> repository.findByIssueIds(ids));
        assertThrows(IllegalArgumentException.class, () -> repository.delete(ids));
        assertThrows(IllegalArgumentException.class, () -> repository.upsert(ids.stream().map(PortfolioSummaryStorageTest::bare).toList()));

        repository.upsert(ids.subList(0, 500).stream().map(PortfolioSummaryStorageTest::bare).toList());
        assertEquals(500, repository.findByIssueIds(ids.subList(0, 500)).size());
        assertEquals(500, repository.delete(ids.subList(0, 500)));
        assertEquals(0, repository.count());
    }

    @Test
    public void issueIdsStreamInIdOrder() {
        repository.upsert(List.of(bare(30), bare(10_000_000_005L), bare(2), bare(17)));
        List<Long> seen = new ArrayList<>();
        repository.forEachIssueId(seen::add);

        assertEquals(List.of(2L, 17L, 30L, 10_000_000_005L), seen);
    }

    @Test
    public void deleteRemovesOnlyTheNamedRows() {
        repository.upsert(List.of(full(1), bare(2), full(3)));

        assertEquals(2, repository.delete(List.of(1L, 3L, 99L)));
        assertEquals(0, repository.delete(List.of()));
        assertTrue(repository.find(1).isEmpty());
        assertEquals(bare(2), repository.find(2).orElseThrow());
        assertEquals(1, repository.count());
    }

    @Test
    public void summariesLongerThanJiraAllowsAreCutWithoutSplittingACharacter() {
        String rocket = "\uD83D\uDE80";
        String text = "a".repeat(254) + rocket + "tail";
        PortfolioSummary b = bare(5);
        repository.upsert(List.of(new PortfolioSummary(5, b.issueKey(), text, b.projectId(), null, null, null, b.statusCategory(), null,
                null, null, null, b.health(), 0, null, T1, T1)));

        assertEquals("a".repeat(254), repository.find(5).orElseThrow().summary());
    }
}

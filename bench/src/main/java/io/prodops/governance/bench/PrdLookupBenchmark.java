package io.prodops.governance.bench;

import io.prodops.governance.ao.EmbeddedActiveObjects;
import io.prodops.governance.ao.EmbeddedDatabase;
import io.prodops.governance.common.domain.SystemClock;
import io.prodops.governance.common.storage.RevisionGuard;
import io.prodops.governance.common.storage.StorageEntities;
import io.prodops.governance.prd.domain.PrdHeader;
import io.prodops.governance.prd.storage.AoPrdRepository;
import io.prodops.governance.testing.DemoRows;
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

import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * The repository lookup of a PRD by Jira issue id, among {@code rows} PRDs in H2 (the same AO code path as in Jira,
 * through the unique index on ISSUE_ID). Run: see README "Benchmarks".
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PrdLookupBenchmark {
    @Param("10000")
    public int rows;

    private EntityManager entityManager;
    private AoPrdRepository prds;
    private SplittableRandom random;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        entityManager = EmbeddedDatabase.open("jdbc:h2:mem:bench-prd-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "", StorageEntities.NAMESPACE);
        entityManager.migrate(StorageEntities.asArray());
        DemoRows.insertPrds(entityManager, rows);
        EmbeddedActiveObjects ao = new EmbeddedActiveObjects(entityManager);
        prds = new AoPrdRepository(ao, new RevisionGuard(ao, new SystemClock()), new io.prodops.governance.prd.json.SectionContentJson());
        random = new SplittableRandom(42);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        entityManager.getProvider().dispose();
    }

    @Benchmark
    public Optional<PrdHeader> findByIssueId() {
        return prds.findByIssueId(100_000L + random.nextInt(rows));
    }

    /** For the functional test: the repository the benchmark measures. */
    AoPrdRepository repository() {
        return prds;
    }
}

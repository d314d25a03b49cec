package io.prodops.governance.bench;

import io.prodops.governance.portfolio.domain.HealthColor;
import io.prodops.governance.portfolio.domain.SummaryRefresh;
import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** The benchmark rebuilds real rows with a constant number of queries per batch (not a timing test). */
public class PortfolioRebuildBenchmarkTest {
    @Test
    public void everyInitiativeGetsARowAndABatchIsAHandfulOfQueries() throws Exception {
        PortfolioRebuildBenchmark benchmark = new PortfolioRebuildBenchmark();
        benchmark.initiatives = 1_000;
        benchmark.setUp();
        try {
            SummaryRefresh.ReconcileResult result = benchmark.rebuildAll();
            assertEquals(1_000, result.rebuilt());
            assertEquals(0, result.removed());
            assertEquals(1_000, benchmark.summaries().count());
            assertEquals(1, benchmark.summaries().find(100_000L).orElseThrow().experiments().srm());
            assertEquals(2, benchmark.summaries().find(100_000L).orElseThrow().experiments().count());
            assertTrue("the first of every five is informed by an experiment off its allocation", benchmark.summaries().find(100_000L)
                    .orElseThrow().health().reasons().stream().anyMatch(m -> m.key().equals("prodops.portfolio.health.experiment.srm")));
            assertEquals(HealthColor.RED, benchmark.summaries().find(100_000L).orElseThrow().health().color()); // target passed, not done
            assertTrue("SELECTs per 500-row batch: " + benchmark.selectsPerBatch, benchmark.selectsPerBatch <= 20);
        } finally {
            benchmark.tearDown();
        }
    }
}

package io.prodops.governance.bench;

import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The benchmark measures a working lookup (not a timing test: timings come from JMH runs only). */
public class PrdLookupBenchmarkTest {
    @Test
    public void benchmarkSetUpHoldsTheRowsAndTheLookupFindsThem() throws Exception {
        PrdLookupBenchmark benchmark = new PrdLookupBenchmark();
        benchmark.rows = 2_000;
        benchmark.setUp();
        try {
            for (int i = 0; i < 50; i++) {
                assertTrue(benchmark.findByIssueId().isPresent());
            }
            assertEquals(100_000L + 1_999, benchmark.repository().findByIssueId(100_000L + 1_999).orElseThrow().issueId());
            assertFalse(benchmark.repository().findByIssueId(100_000L + 2_000).isPresent());
        } finally {
            benchmark.tearDown();
        }
    }
}

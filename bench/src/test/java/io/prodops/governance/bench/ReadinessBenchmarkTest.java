package io.prodops.governance.bench;

import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** The benchmark measures real work (not a timing test: timings come from JMH runs only). */
public class ReadinessBenchmarkTest {
    @Test
    public void theReadyInitiativePassesAndTheColdPathCostsTheSameQueriesForFiveTimesTheGates() throws Exception {
        int[] queries = new int[2];
        int n = 0;
        for (int gates : new int[]{8, 40}) {
            ReadinessBenchmark benchmark = new ReadinessBenchmark();
            benchmark.gates = gates;
            benchmark.setUp();
            try {
                assertTrue(benchmark.coldValidation().allowed());
                assertEquals(gates, benchmark.lastEvaluation().gates().size());
                assertTrue("a cache hit on a ready issue", benchmark.conditionCachedCheck());
                queries[n++] = benchmark.queriesPerColdValidation;
            } finally {
                benchmark.tearDown();
            }
        }
        assertEquals(queries[0], queries[1]);
    }
}

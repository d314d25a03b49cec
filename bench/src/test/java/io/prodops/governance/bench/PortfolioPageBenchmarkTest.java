package io.prodops.governance.bench;

import io.prodops.governance.common.domain.StatusCategory;
import io.prodops.governance.portfolio.domain.PortfolioResult;
import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The benchmark measures a working page over the seeded rows (not a timing test: timings come from JMH runs only). */
public class PortfolioPageBenchmarkTest {
    @Test
    public void thePageJoinsEverySeededRowAndComputesGroupsAndTotals() throws Exception {
        PortfolioPageBenchmark benchmark = new PortfolioPageBenchmark();
        benchmark.rows = 2_500;
        benchmark.setUp();
        try {
            assertEquals(2_500, benchmark.stored());
            PortfolioResult all = benchmark.everyRowDefaultSort();
            assertEquals(2_500, all.total());
            assertEquals(50, all.rows().size());
            assertFalse(all.truncated());

            PortfolioResult page = benchmark.filteredGroupedSortedPage();
            assertEquals(50, page.rows().size());
            assertTrue(page.total() > 1_000 && page.total() < 2_500);
            page.rows().forEach(r -> assertTrue(r.summary().statusCategory() != StatusCategory.DONE));
            assertEquals(PortfolioPageBenchmark.PROJECTS, page.groups().size());
            assertEquals(page.total(), page.groups().stream().mapToInt(PortfolioResult.Group::count).sum());
            assertEquals(page.total(), page.totals().health().values().stream().mapToInt(Integer::intValue).sum());
            assertEquals(0, benchmark.refreshCalls.get()); // every id has a stored row
        } finally {
            benchmark.tearDown();
        }
    }
}

package io.prodops.governance.portfolio.domain;

import io.prodops.governance.common.domain.UserRef;
import io.prodops.governance.experiment.domain.Decision;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link PortfolioQuery}: one page of rows plus what is computed over every matching row (groups,
 * totals, charts).
 *
 * @param total     how many rows match (all pages)
 * @param truncated the caller's search hit the host's cap, so rows past it are missing
 * @param view      the saved view that applied, or null
 */
public record PortfolioResult(List<Row> rows, int total, int page, int size, List<Group> groups, Totals totals, Charts charts,
                              boolean truncated, PortfolioView view) {
    public PortfolioResult {
        rows = List.copyOf(rows);
        groups = List.copyOf(groups);
    }

    /**
     * A row as the caller sees it.
     *
     * @param health the stored health, or recomputed in memory when the stored one is from another day or rules version
     * @param owner  the owner as a user, null when unassigned
     */
    public record Row(PortfolioSummary summary, Health health, UserRef owner) {
    }

    /** @param health count per colour, every colour present */
    public record Group(String key, String label, int count, Map<HealthColor, Integer> health) {
    }

    public record Totals(int count, Map<HealthColor, Integer> health) {
    }

    /** @param month yyyy-MM */
    public record MonthCount(String month, int count) {
    }

    public record Funnel(int total, int prdApproved, int ready, int launched) {
    }

    /** @param open experiments not decided nor abandoned */
    public record Outcomes(Map<Decision, Integer> decisions, int open) {
    }

    public record Charts(List<MonthCount> launchesByMonth, Funnel funnel, Outcomes experimentOutcomes) {
        public Charts {
            launchesByMonth = List.copyOf(launchesByMonth);
        }
    }

    /** Every matching row of an export, in order, produced while they are written. */
    public record Export(int total, boolean truncated, PortfolioView view, Iterable<Row> rows) {
    }
}

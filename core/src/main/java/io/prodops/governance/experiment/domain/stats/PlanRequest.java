package io.prodops.governance.experiment.domain.stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Input of the sample-size planner.
 *
 * @param metricType   conversion (needs {@code baselineRate}) or continuous (needs {@code baselineMean}, {@code baselineSd})
 * @param mde          minimum detectable effect, relative, as a fraction (0.10 = 10 %), applied in {@code direction};
 *                     ignored by {@link SampleSizePlanner#detectableEffect}
 * @param variantCount arms including the control (at least 2)
 * @param allocations  integer percent per arm, in arm order, summing to 100; null means equal allocation
 * @param dailyUsers   eligible users entering the experiment per day (all arms together)
 */
public record PlanRequest(MetricType metricType, Double baselineRate, Double baselineMean, Double baselineSd, double mde,
                          Direction direction, double alpha, double power, int variantCount, List<Integer> allocations,
                          double dailyUsers) {
    public PlanRequest {
        // a copy that keeps null entries: the planner reports them as field errors
        allocations = allocations == null ? null : Collections.unmodifiableList(new ArrayList<>(allocations));
    }

    /** The same request with another MDE (the inverse planner searches over it). */
    public PlanRequest withMde(double newMde) {
        return new PlanRequest(metricType, baselineRate, baselineMean, baselineSd, newMde, direction, alpha, power, variantCount,
                allocations, dailyUsers);
    }
}

package io.prodops.governance.experiment.domain.stats;

import java.util.List;
import java.util.Map;

/**
 * Sample-ratio mismatch: Pearson's chi-square goodness of fit of the observed users per arm against the planned
 * allocation, χ² = Σ (o_i − e_i)² / e_i with e_i = N·a_i / Σa, upper tail of χ²(k − 1) computed as the regularized
 * incomplete gamma Q((k−1)/2, χ²/2) (accurate for tiny p). Flags SRM when p &lt; {@link #THRESHOLD}. Skipped, with the
 * reason, when an expected count is below 5 (the approximation is unreliable there) or the allocation is unknown.
 */
public final class SrmCheck {
    /** GrowthBook's threshold. */
    public static final double THRESHOLD = 0.001;

    static final double MIN_EXPECTED = 5;

    public SrmResult check(List<VariantResult> observed, Map<String, Integer> plannedAllocation) {
        if (plannedAllocation == null || plannedAllocation.isEmpty()) {
            return SrmResult.skipped("no planned allocation to compare with");
        }
        if (observed.size() < 2) {
            return SrmResult.skipped("fewer than two arms");
        }
        long percentSum = 0;
        long users = 0;
        for (VariantResult arm : observed) {
            Integer percent = plannedAllocation.get(arm.name());
            if (percent == null || percent <= 0) {
                return SrmResult.skipped("arm " + arm.name() + " has no planned allocation");
            }
            percentSum += percent;
            users += arm.sampleSize();
        }
        if (plannedAllocation.size() != observed.size()) {
            return SrmResult.skipped("the planned arms and the observed arms differ");
        }
        double chiSquare = 0;
        for (VariantResult arm : observed) {
            double expected = (double) users * plannedAllocation.get(arm.name()) / percentSum;
            if (expected < MIN_EXPECTED) {
                return SrmResult.skipped("an expected count is below " + (int) MIN_EXPECTED + " (arm " + arm.name() + ": "
                        + String.format(java.util.Locale.ROOT, "%.1f", expected) + " users expected)");
            }
            double deviation = arm.sampleSize() - expected;
            chiSquare += deviation * deviation / expected;
        }
        double pValue = Distributions.chiSquareUpper(chiSquare, observed.size() - 1);
        return new SrmResult(chiSquare, pValue, pValue < THRESHOLD, null);
    }
}

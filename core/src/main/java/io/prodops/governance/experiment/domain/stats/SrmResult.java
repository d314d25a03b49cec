package io.prodops.governance.experiment.domain.stats;

/**
 * Sample-ratio-mismatch check of the observed users against the planned allocation.
 *
 * @param chiSquare     Pearson's statistic, null when skipped
 * @param pValue        upper tail of chi-square with arms − 1 degrees of freedom, null when skipped
 * @param detected      p below {@link SrmCheck#THRESHOLD}
 * @param skippedReason why the check did not run (an expected count below 5, no allocation), else null
 */
public record SrmResult(Double chiSquare, Double pValue, boolean detected, String skippedReason) {
    public static SrmResult skipped(String reason) {
        return new SrmResult(null, null, false, reason);
    }
}

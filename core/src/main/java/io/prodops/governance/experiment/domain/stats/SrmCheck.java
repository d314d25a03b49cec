package io.prodops.governance.experiment.domain.stats;

import java.util.List;
import java.util.Map;

/** Sample-ratio mismatch: Pearson's chi-square goodness of fit of observed users against the planned allocation. */
public final class SrmCheck {
    /** GrowthBook's threshold. */
    public static final double THRESHOLD = 0.001;

    public SrmResult check(List<VariantResult> observed, Map<String, Integer> plannedAllocation) {
        throw new UnsupportedOperationException("not yet");
    }
}

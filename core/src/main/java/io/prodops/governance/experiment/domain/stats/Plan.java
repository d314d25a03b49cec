package io.prodops.governance.experiment.domain.stats;

import java.util.List;

/**
 * What the planner answers.
 *
 * @param perVariant the sample size n every arm needs (the two-sample formula for one treatment against the control)
 * @param perArm     users each arm must reach, in arm order (n for every arm: each comparison needs n on both sides)
 * @param total      eligible users the experiment must enrol so that every arm reaches n under the allocation:
 *                   max over arms of ceil(n / share); n × arms for equal allocation
 * @param days       max over arms of n ÷ (dailyUsers × share), rounded up
 */
public record Plan(long perVariant, List<Long> perArm, long total, long days) {
    public Plan {
        perArm = List.copyOf(perArm);
    }
}

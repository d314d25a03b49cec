package io.prodops.governance.experiment.domain.stats;

import io.prodops.governance.common.domain.FieldError;
import io.prodops.governance.common.domain.ValidationException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Sample size, duration and detectable effect of an experiment, for a two-sided test of each treatment against the
 * control at alpha/m (Bonferroni, m = variantCount − 1 treatments), with z_a = Φ⁻¹(1 − alpha/(2m)), z_b = Φ⁻¹(power):
 * <ul>
 *   <li>Two proportions (the normal approximation of R's {@code power.prop.test}: pooled variance under the null,
 *       unpooled under the alternative, no continuity correction), p1 = baseline, p2 = p1·(1 ± mde):
 *       n = (z_a·√((p1+p2)(q1+q2)/2) + z_b·√(p1q1 + p2q2))² / (p1 − p2)².</li>
 *   <li>Two means (normal approximation, the same standard deviation σ in both arms), δ = mde·|baseline mean|:
 *       n = 2σ²(z_a + z_b)² / δ².</li>
 * </ul>
 * n is rounded up and every arm needs n. With shares s_i = allocation_i / 100 the experiment must enrol
 * total = max_i ⌈n / s_i⌉ users and lasts days = ⌈max_i n / (dailyUsers·s_i)⌉.
 */
public final class SampleSizePlanner {
    /** Beyond this many users per arm a plan is meaningless (and long arithmetic would be at risk). */
    static final double MAX_PER_ARM = 1e15;

    /** Relative slack when rounding quotients up, so that 20.000000000000004 days stays 20. */
    private static final double ROUNDING_SLACK = 1e-12;

    public Plan plan(PlanRequest request) {
        List<FieldError> errors = validate(request, true);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        double raw = rawPerArm(request, request.mde());
        if (raw == Double.POSITIVE_INFINITY) {
            throw ValidationException.of("power", "is too low for this alpha: no sample size reaches it");
        }
        if (!(raw <= MAX_PER_ARM)) {
            throw ValidationException.of("mde", "is too small to detect: it needs more than 10^15 users per variant");
        }
        long n = (long) Math.ceil(raw);
        long total;
        if (request.allocations() == null) {
            total = n * request.variantCount();
        } else {
            total = 0;
            for (int percent : request.allocations()) {
                total = Math.max(total, ceilDiv(n * 100, percent));
            }
        }
        long days = ceilWithSlack(n / (request.dailyUsers() * smallestShare(request)));
        return new Plan(n, Collections.nCopies(request.variantCount(), n), total, days);
    }

    /**
     * The smallest relative MDE that {@code days} of traffic can detect with the request's alpha and power (its
     * {@code mde} is ignored); null when no effect inside the valid range can be (too few users, or even the largest
     * effect keeping the treatment rate inside (0,1) needs more). Every arm gets ⌊days·dailyUsers·s_i⌋ users and the
     * smallest arm binds. Continuous: the inverse of the formula, δ = (z_a + z_b)·σ·√(2/n). Conversion: bisection over
     * the forward formula (n decreases as the effect grows whenever power ≥ 0.5; below that the result still fits but may
     * not be the smallest), up to 200 halvings of (0, largest valid MDE), keeping the end
     * whose n fits, so that {@code plan(request.withMde(result)).days() ≤ days}.
     */
    public Double detectableEffect(PlanRequest request, long days) {
        List<FieldError> errors = validate(request, false);
        if (days < 1) {
            errors.add(FieldError.of("days", "must be at least 1"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        double available = Math.floor(days * request.dailyUsers() * smallestShare(request) * (1 + ROUNDING_SLACK));
        if (available < 2) {
            return null;
        }
        if (request.metricType() == MetricType.CONTINUOUS) {
            double z = zAlpha(request) + zBeta(request);
            double mde = z * request.baselineSd() * Math.sqrt(2 / available) / Math.abs(request.baselineMean());
            return z > 0 ? mde * (1 + 1e-9) : null;
        }
        double p1 = request.baselineRate();
        double largest = request.direction() == Direction.INCREASE ? (1 - p1) / p1 : 1.0;
        double low = 0;
        double high = largest * (1 - 1e-9);
        if (!(rawPerArm(request, high) <= available)) {
            return null;
        }
        for (int i = 0; i < 200 && high - low > 1e-15 * high; i++) {
            double middle = (low + high) / 2;
            if (rawPerArm(request, middle) <= available) {
                high = middle;
            } else {
                low = middle;
            }
        }
        return high;
    }

    /** The unrounded per-arm sample size for a given MDE (the request already valid). */
    private static double rawPerArm(PlanRequest request, double mde) {
        double za = zAlpha(request);
        double zb = zBeta(request);
        if (request.metricType() == MetricType.CONTINUOUS) {
            double delta = mde * Math.abs(request.baselineMean());
            double sd = request.baselineSd();
            return 2 * sd * sd * (za + zb) * (za + zb) / (delta * delta);
        }
        double p1 = request.baselineRate();
        double p2 = treatmentRate(p1, mde, request.direction());
        double q1 = 1 - p1;
        double q2 = 1 - p2;
        double root = za * Math.sqrt((p1 + p2) * (q1 + q2) / 2) + zb * Math.sqrt(p1 * q1 + p2 * q2);
        return root <= 0 ? Double.POSITIVE_INFINITY : root * root / ((p1 - p2) * (p1 - p2));
    }

    private static double zAlpha(PlanRequest request) {
        int treatments = request.variantCount() - 1;
        return Distributions.normalQuantile(1 - request.alpha() / (2.0 * treatments));
    }

    private static double zBeta(PlanRequest request) {
        return Distributions.normalQuantile(request.power());
    }

    static double treatmentRate(double baseline, double mde, Direction direction) {
        return baseline * (1 + direction.sign() * mde);
    }

    /** The share of the smallest arm: it takes longest to reach n. */
    private static double smallestShare(PlanRequest request) {
        return request.allocations() == null ? 1.0 / request.variantCount() : Collections.min(request.allocations()) / 100.0;
    }

    private static List<FieldError> validate(PlanRequest request, boolean withMde) {
        List<FieldError> errors = new ArrayList<>();
        if (request.metricType() == null) {
            errors.add(FieldError.of("metricType", "is required (CONVERSION or CONTINUOUS)"));
        }
        if (request.direction() == null) {
            errors.add(FieldError.of("direction", "is required (INCREASE or DECREASE)"));
        }
        if (request.metricType() == MetricType.CONVERSION) {
            Double rate = request.baselineRate();
            if (rate == null || !(rate > 0 && rate < 1)) {
                errors.add(FieldError.of("baselineRate", "must be between 0 and 1 (exclusive)"));
            }
        } else if (request.metricType() == MetricType.CONTINUOUS) {
            Double mean = request.baselineMean();
            Double sd = request.baselineSd();
            if (mean == null || !Double.isFinite(mean) || mean == 0) {
                errors.add(FieldError.of("baselineMean", "is required and must not be 0 (the MDE is relative to it)"));
            }
            if (sd == null || !Double.isFinite(sd) || !(sd > 0)) {
                errors.add(FieldError.of("baselineSd", "must be greater than 0"));
            }
        }
        if (!(request.alpha() > 0 && request.alpha() < 1)) {
            errors.add(FieldError.of("alpha", "must be between 0 and 1 (exclusive)"));
        }
        if (!(request.power() > 0 && request.power() < 1)) {
            errors.add(FieldError.of("power", "must be between 0 and 1 (exclusive)"));
        }
        if (withMde) {
            if (!Double.isFinite(request.mde()) || !(request.mde() > 0)) {
                errors.add(FieldError.of("mde", "must be greater than 0"));
            } else if (request.metricType() == MetricType.CONVERSION && request.direction() != null && request.baselineRate() != null
                    && request.baselineRate() > 0 && request.baselineRate() < 1) {
                double p2 = treatmentRate(request.baselineRate(), request.mde(), request.direction());
                if (!(p2 > 0 && p2 < 1)) {
                    errors.add(FieldError.of("mde", "implies a treatment rate of " + p2 + ", outside (0,1)"));
                }
            }
        }
        if (request.variantCount() < 2) {
            errors.add(FieldError.of("variantCount", "must be at least 2 (a control and a treatment)"));
        }
        List<Integer> allocations = request.allocations();
        if (allocations != null) {
            if (allocations.size() != request.variantCount()) {
                errors.add(FieldError.of("allocations", "must have one entry per variant (" + request.variantCount() + ")"));
            }
            long sum = 0;
            for (int i = 0; i < allocations.size(); i++) {
                Integer percent = allocations.get(i);
                if (percent == null || percent <= 0) {
                    errors.add(FieldError.of("allocations[" + i + "]", "must be a positive integer percent"));
                } else {
                    sum += percent;
                }
            }
            if (sum != 100) {
                errors.add(FieldError.of("allocations", "must sum to 100 (they sum to " + sum + ")"));
            }
        }
        if (!Double.isFinite(request.dailyUsers()) || !(request.dailyUsers() > 0)) {
            errors.add(FieldError.of("dailyUsers", "must be greater than 0"));
        }
        if (errors.isEmpty() && withMde && Distributions.normalQuantile(request.power()) <= -zAlpha(request)) {
            errors.add(FieldError.of("power", "is too low for this alpha: no sample size reaches it"));
        }
        return errors;
    }

    private static long ceilDiv(long numerator, long denominator) {
        return Math.floorDiv(numerator + denominator - 1, denominator);
    }

    private static long ceilWithSlack(double value) {
        return (long) Math.ceil(value * (1 - ROUNDING_SLACK));
    }
}

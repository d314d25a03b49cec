package io.prodops.governance.experiment.domain.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * The statistics of one treatment against the control, before the decision rule: every value finite or null, with
 * the reasons for the nulls. Built by {@link #conversion} or {@link #continuous}.
 */
record Comparison(Double absolute, Double relative, Double absLow, Double absHigh, Double relLow, Double relHigh, Double pValue,
                  Double probability, List<String> reasons) {

    /**
     * Two proportions. p-value: pooled two-proportion z-test, z = (p_t − p_c) / √(p̄(1−p̄)(1/n_c + 1/n_t)), p = 2·Φ(−|z|).
     * Absolute interval: (p_t − p_c) ± z_crit·√(v_c + v_t), v = pq/n (unpooled). Relative lift r = p_t/p_c − 1 with the
     * delta-method interval of {@link Builder#relativeInterval}. z_crit = Φ⁻¹(1 − alpha/(2m)).
     */
    static Comparison conversion(VariantResult.Conversion control, VariantResult.Conversion treatment, double alphaEach, Direction direction) {
        Builder b = new Builder();
        if (control.users() == 0 || treatment.users() == 0) {
            return b.reason((control.users() == 0 ? "the control" : "this arm") + " has no users yet").build();
        }
        double nc = control.users();
        double nt = treatment.users();
        double pc = control.conversions() / nc;
        double pt = treatment.conversions() / nt;
        double difference = pt - pc;
        b.absolute = difference;
        double pooled = (control.conversions() + (double) treatment.conversions()) / (nc + nt);
        double pooledSe = Math.sqrt(pooled * (1 - pooled) * (1 / nc + 1 / nt));
        if (pooledSe > 0) {
            b.pValue = Distributions.twoSidedNormal(difference / pooledSe);
        } else {
            b.reason("no variance: " + (pooled == 0 ? "no user converted" : "every user converted") + " in either arm");
        }
        double critical = Distributions.normalQuantile(1 - alphaEach / 2);
        double vc = pc * (1 - pc) / nc;
        double vt = pt * (1 - pt) / nt;
        double se = Math.sqrt(vc + vt);
        if (se > 0) {
            b.absLow = difference - critical * se;
            b.absHigh = difference + critical * se;
        } else if (pooledSe > 0) {
            b.reason("the unpooled standard error is 0 (each arm converted all or none of its users): no interval");
        }
        if (pc > 0) {
            b.relative = difference / pc;
            b.relativeInterval(pt, vt, pc, vc, critical);
        } else {
            b.reason("the control rate is 0: the relative lift is undefined");
        }
        b.probability = ProbabilityToBeat.conversion(control.conversions(), control.users(), treatment.conversions(), treatment.users(), direction);
        return b.build();
    }

    /**
     * Two means, Welch's t-test: se = √(s_c²/n_c + s_t²/n_t), t = (m_t − m_c)/se, Welch–Satterthwaite
     * df = (v_c + v_t)² / (v_c²/(n_c−1) + v_t²/(n_t−1)), p = 2·T_df(−|t|), interval (m_t − m_c) ± t_crit·se with
     * t_crit = T_df⁻¹(1 − alpha/(2m)). Relative lift r = (m_t − m_c)/|m_c| with the delta-method interval of
     * {@link Builder#relativeInterval} (t_crit in place of z_crit). Probability to beat control: T_df(±(m_t − m_c)/se), the posterior of the
     * difference under flat priors in the normal (Welch) approximation.
     */
    static Comparison continuous(VariantResult.Continuous control, VariantResult.Continuous treatment, double alphaEach, Direction direction) {
        Builder b = new Builder();
        if (control.n() == 0 || treatment.n() == 0) {
            return b.reason((control.n() == 0 ? "the control" : "this arm") + " has no observations yet").build();
        }
        double difference = treatment.mean() - control.mean();
        b.absolute = difference;
        if (control.mean() != 0) {
            b.relative = difference / Math.abs(control.mean());
        } else {
            b.reason("the control mean is 0: the relative lift is undefined");
        }
        if (control.n() < 2 || treatment.n() < 2) {
            return b.reason("Welch's t-test needs at least 2 observations per arm").build();
        }
        double nc = control.n();
        double nt = treatment.n();
        double vc = control.sd() * control.sd() / nc;
        double vt = treatment.sd() * treatment.sd() / nt;
        double se = Math.sqrt(vc + vt);
        if (!(se > 0)) {
            return b.reason("zero variance in both arms: no test").build();
        }
        if (!Double.isFinite(se)) {
            return b.reason("the standard deviations are beyond double precision: no test").build();
        }
        double df = welchDf(vc, nc, vt, nt);
        b.pValue = Distributions.twoSidedT(difference / se, df);
        double critical = Distributions.tQuantile(1 - alphaEach / 2, df);
        b.absLow = difference - critical * se;
        b.absHigh = difference + critical * se;
        if (b.relative != null) {
            b.relativeInterval(treatment.mean(), vt, control.mean(), vc, critical);
        }
        b.probability = Distributions.tCdf(direction.sign() * difference / se, df);
        return b.build();
    }

    /** Welch–Satterthwaite degrees of freedom, in a form that neither overflows nor underflows for extreme variances. */
    static double welchDf(double vc, double nc, double vt, double nt) {
        double share = vt / (vc + vt);
        return 1 / (share * share / (nt - 1) + (1 - share) * (1 - share) / (nc - 1));
    }

    private static final class Builder {
        Double absolute;
        Double relative;
        Double absLow;
        Double absHigh;
        Double relLow;
        Double relHigh;
        Double pValue;
        Double probability;
        final List<String> reasons = new ArrayList<>();

        /**
         * The relative lift's interval by the delta method. On the log scale when both values are positive:
         * log(t/c) ± crit·√(v_t/t² + v_c/c²), mapped back by exp(·) − 1 (asymmetric, never below −100 %, and it agrees
         * with the tests on the difference far better than the linear form for large lifts); otherwise (a zero or
         * negative value) linear: r ± crit·√(v_t/c² + t²·v_c/c⁴), r = (t − c)/|c|.
         */
        void relativeInterval(double t, double vt, double c, double vc, double critical) {
            if (t > 0 && c > 0) {
                double logSe = Math.sqrt(vt / (t * t) + vc / (c * c));
                if (logSe > 0) {
                    double logRatio = Math.log(t / c);
                    relLow = Math.expm1(logRatio - critical * logSe);
                    relHigh = Math.expm1(logRatio + critical * logSe);
                }
                return;
            }
            double linearSe = Math.sqrt(vt / (c * c) + t * t * vc / (c * c * c * c));
            if (linearSe > 0) {
                relLow = relative - critical * linearSe;
                relHigh = relative + critical * linearSe;
            }
        }

        Builder reason(String reason) {
            reasons.add(reason);
            return this;
        }

        /** Drops anything not finite (with a reason) so that no NaN or infinity leaves the domain. */
        Comparison build() {
            boolean dropped = !finite(absolute) || !finite(relative) || !finite(absLow) || !finite(absHigh) || !finite(relLow)
                    || !finite(relHigh) || !finite(pValue) || !finite(probability);
            if (!finite(absLow) || !finite(absHigh)) {
                absLow = null;
                absHigh = null;
            }
            if (!finite(relLow) || !finite(relHigh)) {
                relLow = null;
                relHigh = null;
            }
            if (dropped) {
                reasons.add("some values are beyond double precision and were left out");
            }
            return new Comparison(orNull(absolute), orNull(relative), absLow, absHigh, relLow, relHigh, orNull(pValue), orNull(probability),
                    List.copyOf(reasons));
        }

        private static boolean finite(Double value) {
            return value == null || Double.isFinite(value);
        }

        private static Double orNull(Double value) {
            return value != null && Double.isFinite(value) ? value : null;
        }
    }
}

package io.prodops.governance.experiment.domain.stats;

import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.distribution.continuous.TDistribution;
import org.hipparchus.special.Gamma;

/**
 * The distribution functions the statistics need, all from Hipparchus. Tail probabilities are computed directly (never
 * as 1 − cdf) so that tiny p-values keep their precision.
 */
final class Distributions {
    /**
     * Above this many degrees of freedom Student's t is replaced by the standard normal: the two differ by less than
     * 1e-7 there, while Hipparchus' t functions lose accuracy near 1e12 degrees of freedom.
     */
    static final double NORMAL_DF = 1e7;

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);

    private Distributions() {
    }

    /** Φ(x). */
    static double normalCdf(double x) {
        return STANDARD_NORMAL.cumulativeProbability(x);
    }

    /** Φ⁻¹(p). */
    static double normalQuantile(double p) {
        return STANDARD_NORMAL.inverseCumulativeProbability(p);
    }

    /** Two-sided p-value of a z statistic: 2·Φ(−|z|). */
    static double twoSidedNormal(double z) {
        return Math.min(1.0, 2 * normalCdf(-Math.abs(z)));
    }

    /** P(T ≤ x) for Student's t with {@code df} degrees of freedom (normal above {@link #NORMAL_DF}). */
    static double tCdf(double x, double df) {
        return df > NORMAL_DF ? normalCdf(x) : new TDistribution(df).cumulativeProbability(x);
    }

    static double tQuantile(double p, double df) {
        return df > NORMAL_DF ? normalQuantile(p) : new TDistribution(df).inverseCumulativeProbability(p);
    }

    /** Two-sided p-value of a t statistic: 2·T(−|t|). */
    static double twoSidedT(double t, double df) {
        return Math.min(1.0, 2 * tCdf(-Math.abs(t), df));
    }

    /** P(X ≥ x) for chi-square with {@code df} degrees of freedom: the regularized upper incomplete gamma Q(df/2, x/2). */
    static double chiSquareUpper(double x, int df) {
        return x <= 0 ? 1.0 : Gamma.regularizedGammaQ(df / 2.0, x / 2.0);
    }
}

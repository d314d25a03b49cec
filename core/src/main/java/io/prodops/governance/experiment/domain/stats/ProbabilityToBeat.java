package io.prodops.governance.experiment.domain.stats;

import org.hipparchus.analysis.integration.gauss.GaussIntegrator;
import org.hipparchus.analysis.integration.gauss.GaussIntegratorFactory;
import org.hipparchus.distribution.continuous.BetaDistribution;

/**
 * Posterior probability that a treatment's conversion rate beats the control's, with independent Beta(1,1) priors:
 * the posteriors are A = Beta(1 + x_c, 1 + n_c − x_c) and B = Beta(1 + x_t, 1 + n_t − x_t), and
 * P(B > A) = ∫ f_B(x)·F_A(x) dx = 1 − ∫ f_A(x)·F_B(x) dx.
 * <p>
 * Deterministic numerical integration, no sampling: the integral runs over the density of the narrower posterior
 * (so the other one's CDF is smooth on that scale), on its mean ± 20 standard deviations clipped to [0,1], with
 * composite Gauss–Legendre (8 panels × 32 points, Hipparchus). When every posterior parameter is at least
 * {@link #NORMAL_APPROXIMATION_FROM} the posteriors are practically normal and P(B > A) = Φ((μ_B − μ_A)/√(σ²_A + σ²_B)),
 * which avoids evaluating incomplete beta functions with parameters near 10⁹.
 */
final class ProbabilityToBeat {
    static final double NORMAL_APPROXIMATION_FROM = 1e6;

    private static final int PANELS = 8;
    private static final double HALF_WIDTH_IN_SD = 20;
    private static final GaussIntegrator RULE = new GaussIntegratorFactory().legendre(32, -1, 1);

    private ProbabilityToBeat() {
    }

    /** P(treatment better than control in {@code direction}); inputs already validated (0 ≤ x ≤ n, n ≥ 0). */
    static double conversion(long controlConversions, long controlUsers, long treatmentConversions, long treatmentUsers, Direction direction) {
        double aControl = 1.0 + controlConversions;
        double bControl = 1.0 + (controlUsers - controlConversions);
        double aTreatment = 1.0 + treatmentConversions;
        double bTreatment = 1.0 + (treatmentUsers - treatmentConversions);
        double higher = treatmentHigher(aControl, bControl, aTreatment, bTreatment);
        double probability = direction == Direction.INCREASE ? higher : 1 - higher;
        return Math.max(0.0, Math.min(1.0, probability));
    }

    /** P(B > A). */
    static double treatmentHigher(double aControl, double bControl, double aTreatment, double bTreatment) {
        double meanA = mean(aControl, bControl);
        double meanB = mean(aTreatment, bTreatment);
        double varA = variance(aControl, bControl);
        double varB = variance(aTreatment, bTreatment);
        if (Math.min(Math.min(aControl, bControl), Math.min(aTreatment, bTreatment)) >= NORMAL_APPROXIMATION_FROM) {
            return Distributions.normalCdf((meanB - meanA) / Math.sqrt(varA + varB));
        }
        BetaDistribution control = new BetaDistribution(aControl, bControl);
        BetaDistribution treatment = new BetaDistribution(aTreatment, bTreatment);
        if (varB <= varA) {
            return integrate(treatment, meanB, Math.sqrt(varB), control);
        }
        return 1 - integrate(control, meanA, Math.sqrt(varA), treatment);
    }

    /** ∫ f_narrow(x)·F_wide(x) dx over the narrow posterior's bulk. */
    private static double integrate(BetaDistribution narrow, double mean, double sd, BetaDistribution wide) {
        double low = Math.max(0.0, mean - HALF_WIDTH_IN_SD * sd);
        double high = Math.min(1.0, mean + HALF_WIDTH_IN_SD * sd);
        double panel = (high - low) / PANELS;
        double sum = 0;
        for (int i = 0; i < PANELS; i++) {
            double from = low + i * panel;
            double center = from + panel / 2;
            double half = panel / 2;
            sum += half * RULE.integrate(u -> {
                double x = center + half * u;
                return narrow.density(x) * wide.cumulativeProbability(x);
            });
        }
        return sum;
    }

    private static double mean(double a, double b) {
        return a / (a + b);
    }

    private static double variance(double a, double b) {
        double s = a + b;
        return a / s * (b / s) / (s + 1);
    }
}

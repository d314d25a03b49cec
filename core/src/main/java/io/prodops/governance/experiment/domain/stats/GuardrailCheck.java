package io.prodops.governance.experiment.domain.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One-sided non-inferiority test of a guardrail metric with a relative margin δ, in the metric's desired direction
 * (s = +1 for INCREASE, −1 for DECREASE). H0: the treatment is worse than the control by more than δ·|control|, i.e.
 * L = s·(t − c) + δ·|c| ≤ 0, against H1: L &gt; 0. The test is linearized (Fieller-style), so the uncertainty of the
 * control value inside the margin is counted: with g = sign(ĉ), L = s·t + (δg − s)·c and
 * Var(L) = v_t + (δg − s)²·v_c (v = pq/n for rates, sd²/n for means). Statistic L/√Var(L); one-sided p = Φ(−stat)
 * for rates, T_df(−stat) with the Welch–Satterthwaite df of the two variance terms for means. Flagged when p ≥ alpha,
 * i.e. when non-inferiority is not shown — also early in the experiment, when there are too few users to show it.
 * Without variance (all or none converted, sd 0) there is no test: flagged when L &lt; 0, the observed values beyond
 * the margin.
 */
final class GuardrailCheck {
    private GuardrailCheck() {
    }

    static List<GuardrailResult> check(GuardrailInput guardrail, String controlName, double alpha) {
        Optional<VariantResult> control = find(guardrail, controlName);
        List<GuardrailResult> results = new ArrayList<>();
        for (VariantResult treatment : guardrail.variants()) {
            if (treatment.name().equals(controlName)) {
                continue;
            }
            results.add(control.map(c -> compare(guardrail, c, treatment, alpha))
                    .orElseGet(() -> result(guardrail, treatment.name(), null, null, null, false, "no results for the control")));
        }
        return results;
    }

    private static GuardrailResult compare(GuardrailInput guardrail, VariantResult control, VariantResult treatment, double alpha) {
        String name = treatment.name();
        long minimum = guardrail.type() == MetricType.CONTINUOUS ? 2 : 1;
        if (control.sampleSize() < minimum || treatment.sampleSize() < minimum) {
            return result(guardrail, name, null, null, null, false, "needs at least " + minimum + (minimum == 1 ? " user" : " observations") + " per arm");
        }
        double c;
        double t;
        double vc;
        double vt;
        if (control instanceof VariantResult.Conversion cc && treatment instanceof VariantResult.Conversion tc) {
            c = cc.conversions() / (double) cc.users();
            t = tc.conversions() / (double) tc.users();
            vc = c * (1 - c) / cc.users();
            vt = t * (1 - t) / tc.users();
        } else if (control instanceof VariantResult.Continuous cc && treatment instanceof VariantResult.Continuous tc) {
            c = cc.mean();
            t = tc.mean();
            vc = cc.sd() * cc.sd() / cc.n();
            vt = tc.sd() * tc.sd() / tc.n();
        } else {
            return result(guardrail, name, null, null, null, false, "results of another metric type");
        }
        int s = guardrail.direction().sign();
        double coefficient = guardrail.margin() * Math.signum(c) - s;
        double margin = s * (t - c) + guardrail.margin() * Math.abs(c);
        double wc = coefficient * coefficient * vc;
        double variance = vt + wc;
        Double relative = c != 0 ? (t - c) / Math.abs(c) : null;
        String relativeReason = c != 0 ? null : "the control value is 0: no relative difference";
        if (!(variance > 0) || !Double.isFinite(variance) || !Double.isFinite(margin)) {
            String reason = join(relativeReason, "no variance: decided from the observed values");
            return result(guardrail, name, c, t, relative, margin < 0, reason);
        }
        double statistic = margin / Math.sqrt(variance);
        double pValue;
        if (guardrail.type() == MetricType.CONVERSION) {
            pValue = Distributions.normalCdf(-statistic);
        } else {
            double df = Comparison.welchDf(wc, control.sampleSize(), vt, treatment.sampleSize());
            pValue = Distributions.tCdf(-statistic, df);
        }
        return new GuardrailResult(guardrail.name(), name, guardrail.type(), guardrail.direction(), guardrail.margin(), c, t, relative,
                pValue, !(pValue < alpha), relativeReason);
    }

    private static GuardrailResult result(GuardrailInput guardrail, String variant, Double control, Double treatment, Double relative,
                                          boolean flagged, String reason) {
        return new GuardrailResult(guardrail.name(), variant, guardrail.type(), guardrail.direction(), guardrail.margin(), control, treatment,
                relative, null, flagged, reason);
    }

    private static Optional<VariantResult> find(GuardrailInput guardrail, String name) {
        return guardrail.variants().stream().filter(v -> v.name().equals(name)).findFirst();
    }

    private static String join(String first, String second) {
        return first == null ? second : first + "; " + second;
    }
}

package io.prodops.governance.experiment.domain.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lift, intervals, p-values, probability to beat control, SRM and guardrails of one results snapshot (formulas in
 * {@link Comparison}, {@link ProbabilityToBeat}, {@link SrmCheck}, {@link GuardrailCheck} and docs/architecture.md,
 * "Experiment statistics").
 * <p>
 * Decision rule. With m treatments every treatment is tested at alpha/m (Bonferroni) and every interval has level
 * 1 − alpha/m. A treatment is significant when all of these hold: the p-value is below alpha/m, the interval of the
 * absolute difference excludes 0, the interval of the relative lift (when defined) excludes 0, and every arm has
 * reached its planned sample (else the analysis is interim and declares nothing). For means the test and the
 * intervals share one standard error and agree; for rates the z-test's pooled and the interval's unpooled standard
 * errors differ, so near the boundary they can disagree. Then the treatment is not significant, each interval that
 * still excludes 0 is extended to reach 0, and {@link VariantAnalysis#note()} says so: an interval never contradicts
 * {@code significant} (outside interim results, which show intervals but declare nothing).
 */
public final class ExperimentAnalyzer {
    private final SrmCheck srmCheck = new SrmCheck();

    public Analysis analyze(AnalysisInput input) {
        AnalysisValidator.validate(input);
        int treatments = input.variants().size() - 1;
        double alphaEach = input.alpha() / treatments;
        String interimReason = interimReason(input.variants(), input.plannedUsersPerArm());
        boolean interim = interimReason != null;
        VariantResult control = input.variants().stream().filter(v -> v.name().equals(input.controlName())).findFirst().orElseThrow();
        List<VariantAnalysis> arms = new ArrayList<>();
        arms.add(controlArm(control, interim));
        for (VariantResult treatment : input.variants()) {
            if (treatment != control) {
                arms.add(treatmentArm(control, treatment, alphaEach, input.direction(), interim));
            }
        }
        List<GuardrailResult> guardrails = new ArrayList<>();
        for (GuardrailInput guardrail : input.guardrails()) {
            guardrails.addAll(GuardrailCheck.check(guardrail, input.controlName(), input.alpha()));
        }
        SrmResult srm = srmCheck.check(input.variants(), input.plannedAllocation());
        return new Analysis(control.name(), arms, srm, guardrails, 1 - alphaEach, interim, interimReason);
    }

    private static VariantAnalysis controlArm(VariantResult control, boolean interim) {
        Double rate = rate(control);
        Double mean = mean(control);
        String reason = rate == null && mean == null ? "the control has no users yet" : "the control is the reference of the comparisons";
        return new VariantAnalysis(control.name(), rate, mean, null, null, null, null, null, null, null, false, interim, null, reason,
                true, control.sampleSize(), null);
    }

    private static VariantAnalysis treatmentArm(VariantResult control, VariantResult treatment, double alphaEach, Direction direction,
                                                boolean interim) {
        Comparison c = control instanceof VariantResult.Conversion cc
                ? Comparison.conversion(cc, (VariantResult.Conversion) treatment, alphaEach, direction)
                : Comparison.continuous((VariantResult.Continuous) control, (VariantResult.Continuous) treatment, alphaEach, direction);
        boolean testRejects = c.pValue() != null && c.pValue() < alphaEach;
        boolean absoluteExcludes = excludesZero(c.absLow(), c.absHigh());
        boolean relativeExcludes = c.relLow() == null || excludesZero(c.relLow(), c.relHigh());
        boolean decided = testRejects && absoluteExcludes && relativeExcludes;
        Double absLow = c.absLow();
        Double absHigh = c.absHigh();
        Double relLow = c.relLow();
        Double relHigh = c.relHigh();
        String note = null;
        if (!decided && c.absLow() != null && (testRejects || absoluteExcludes || (c.relLow() != null && relativeExcludes))) {
            List<String> extended = new ArrayList<>();
            if (absoluteExcludes) {
                absLow = Math.min(absLow, 0.0);
                absHigh = Math.max(absHigh, 0.0);
                extended.add("absolute");
            }
            if (c.relLow() != null && relativeExcludes) {
                relLow = Math.min(relLow, 0.0);
                relHigh = Math.max(relHigh, 0.0);
                extended.add("relative");
            }
            note = "borderline: the p-value (" + (testRejects ? "below" : "not below") + " alpha/m = " + alphaEach
                    + ") and the intervals disagree, so nothing is declared significant"
                    + (extended.isEmpty() ? "" : "; the " + String.join(" and ", extended) + " interval extended to reach 0");
        }
        String reason = c.reasons().isEmpty() ? null : String.join("; ", c.reasons());
        return new VariantAnalysis(treatment.name(), rate(treatment), mean(treatment), c.absolute(), c.relative(), absLow, absHigh, relLow,
                relHigh, c.pValue(), decided && !interim, interim, c.probability(), reason, false, treatment.sampleSize(), note);
    }

    private static boolean excludesZero(Double low, Double high) {
        return low != null && high != null && (low > 0 || high < 0);
    }

    /** Why the analysis is interim (some arm below its planned sample), or null when every arm has reached it. */
    private static String interimReason(List<VariantResult> variants, Map<String, Long> planned) {
        if (planned == null || planned.isEmpty()) {
            return "no planned sample size: results stay interim";
        }
        List<String> shortArms = new ArrayList<>();
        for (VariantResult arm : variants) {
            Long needed = planned.get(arm.name());
            if (needed == null) {
                shortArms.add(arm.name() + " has no planned sample size");
            } else if (arm.sampleSize() < needed) {
                shortArms.add(arm.name() + " has " + arm.sampleSize() + " of " + needed + " planned");
            }
        }
        return shortArms.isEmpty() ? null : "planned sample not reached: " + String.join(", ", shortArms);
    }

    private static Double rate(VariantResult arm) {
        return arm instanceof VariantResult.Conversion c && c.users() > 0 ? c.conversions() / (double) c.users() : null;
    }

    private static Double mean(VariantResult arm) {
        return arm instanceof VariantResult.Continuous c && c.n() > 0 ? c.mean() : null;
    }
}

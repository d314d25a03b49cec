package io.prodops.governance.experiment.domain.stats;

import org.junit.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The property the issue asks for: an interval never contradicts {@code significant}. Over many seeded random inputs —
 * a share of them placed on purpose near the significance boundary, where the pooled z-test and the unpooled interval
 * can disagree — every treatment of a non-interim analysis satisfies: significant ⇔ the absolute interval excludes 0;
 * significant ⇒ the relative interval (when defined) excludes 0 and p &lt; alpha/m; not significant ⇒ both intervals
 * contain 0. Every number is finite or null.
 */
public class IntervalSignificanceConsistencyTest {
    private static final int CASES = 1000;
    private final ExperimentAnalyzer analyzer = new ExperimentAnalyzer();

    @Test
    public void conversionIntervalsNeverContradictSignificance() {
        Random random = new Random(20261201L);
        int significant = 0;
        int borderline = 0;
        for (int i = 0; i < CASES; i++) {
            AnalysisInput input = conversionCase(random, i % 2 == 0);
            Counts counts = check(input);
            significant += counts.significant;
            borderline += counts.borderline;
        }
        // the property is only meaningful if both outcomes and the disagreement branch occur
        assertTrue("significant " + significant, significant > CASES / 10);
        assertTrue("borderline " + borderline, borderline > 3);
    }

    @Test
    public void meanIntervalsNeverContradictSignificance() {
        Random random = new Random(42L);
        int significant = 0;
        for (int i = 0; i < CASES; i++) {
            significant += check(meanCase(random)).significant;
        }
        assertTrue("significant " + significant, significant > CASES / 10);
    }

    private record Counts(int significant, int borderline) {
    }

    private Counts check(AnalysisInput input) {
        Analysis analysis = analyzer.analyze(input);
        ExperimentAnalyzerEdgeCaseTest.assertAllFinite(analysis);
        double alphaEach = input.alpha() / (input.variants().size() - 1);
        assertEquals(1 - alphaEach, analysis.confidenceLevel(), 1e-15);
        int significant = 0;
        int borderline = 0;
        for (VariantAnalysis arm : analysis.variants().subList(1, analysis.variants().size())) {
            String what = input + " -> " + arm;
            if (arm.ciLow() == null) {
                assertTrue(what, !arm.significant());
                continue;
            }
            assertTrue(what, arm.ciLow() <= arm.ciHigh());
            boolean absoluteExcludes = arm.ciLow() > 0 || arm.ciHigh() < 0;
            assertEquals(what, absoluteExcludes, arm.significant());
            if (arm.relCiLow() != null) {
                boolean relativeExcludes = arm.relCiLow() > 0 || arm.relCiHigh() < 0;
                assertEquals(what, relativeExcludes, arm.significant());
            }
            if (arm.significant()) {
                assertTrue(what, arm.pValue() < alphaEach);
                significant++;
            }
            if (arm.note() != null) {
                borderline++;
            }
        }
        return new Counts(significant, borderline);
    }

    private static AnalysisInput conversionCase(Random random, boolean nearTheBoundary) {
        int arms = 2 + random.nextInt(3);
        double alpha = new double[] {0.01, 0.05, 0.1}[random.nextInt(3)];
        long controlUsers = 50 + (long) Math.pow(10, 2 + 3.5 * random.nextDouble());
        double controlRate = 0.005 + 0.99 * random.nextDouble();
        List<VariantResult> variants = new ArrayList<>();
        variants.add(VariantResult.conversion("control", controlUsers, Math.round(controlRate * controlUsers)));
        double critical = Distributions.normalQuantile(1 - alpha / (arms - 1) / 2);
        for (int t = 1; t < arms; t++) {
            long users = random.nextBoolean() ? controlUsers : 50 + (long) Math.pow(10, 2 + 3.5 * random.nextDouble());
            double rate;
            if (nearTheBoundary) {
                // a difference within ±4 % of the critical one, either sign
                double se = Math.sqrt(controlRate * (1 - controlRate) * (1.0 / controlUsers + 1.0 / users));
                rate = controlRate + (random.nextBoolean() ? 1 : -1) * critical * se * (0.96 + 0.08 * random.nextDouble());
            } else {
                rate = controlRate * (0.7 + 0.6 * random.nextDouble());
            }
            rate = Math.max(0, Math.min(1, rate));
            variants.add(VariantResult.conversion("t" + t, users, Math.round(rate * users)));
        }
        return input(MetricType.CONVERSION, alpha, variants);
    }

    private static AnalysisInput meanCase(Random random) {
        int arms = 2 + random.nextInt(3);
        double alpha = new double[] {0.01, 0.05, 0.1}[random.nextInt(3)];
        List<VariantResult> variants = new ArrayList<>();
        double mean = (random.nextDouble() - 0.2) * 100;
        for (int t = 0; t < arms; t++) {
            long n = 2 + (long) Math.pow(10, 4 * random.nextDouble());
            double sd = random.nextDouble() * 30;
            double shift = t == 0 ? 0 : (random.nextGaussian() * 3 * sd / Math.sqrt(n));
            variants.add(VariantResult.continuous(t == 0 ? "control" : "t" + t, n, mean + shift, sd));
        }
        return input(MetricType.CONTINUOUS, alpha, variants);
    }

    private static AnalysisInput input(MetricType type, double alpha, List<VariantResult> variants) {
        Map<String, Long> planned = new LinkedHashMap<>();
        variants.forEach(v -> planned.put(v.name(), 0L));
        Direction direction = variants.size() % 2 == 0 ? Direction.INCREASE : Direction.DECREASE;
        return new AnalysisInput(type, direction, alpha, "control", variants, null, planned, List.of());
    }
}

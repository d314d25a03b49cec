package io.prodops.governance.experiment.domain.stats;

import io.prodops.governance.common.domain.FieldError;
import io.prodops.governance.common.domain.ValidationException;
import org.junit.Test;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static io.prodops.governance.experiment.domain.stats.Direction.DECREASE;
import static io.prodops.governance.experiment.domain.stats.Direction.INCREASE;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * Reference values come from independent implementations of the same formulas:
 * R 4.2.2 {@code stats::power.prop.test} (two proportions; it solves the power equation with uniroot, here with
 * tol=1e-12) and Python statsmodels 0.13.5 {@code NormalIndPower().solve_power} (two means, normal approximation,
 * effect size d = mde·|mean|/sd, ratio=1). With m treatments the reference is called with sig.level = alpha/m.
 */
public class SampleSizePlannerTest {
    private final SampleSizePlanner planner = new SampleSizePlanner();

    private static PlanRequest conversion(double rate, double mde, Direction direction, double alpha, double power, int variants) {
        return new PlanRequest(MetricType.CONVERSION, rate, null, null, mde, direction, alpha, power, variants, null, 1000);
    }

    private static PlanRequest continuous(double mean, double sd, double mde, double alpha, double power, int variants) {
        return new PlanRequest(MetricType.CONTINUOUS, null, mean, sd, mde, INCREASE, alpha, power, variants, null, 1000);
    }

    private void assertPerVariant(double reference, PlanRequest request) {
        long n = planner.plan(request).perVariant();
        assertEquals("n = " + n + ", reference " + reference, 1.0, n / reference, 0.01);
        // stronger than the 1 % the issue asks: the same formula, so n is the reference rounded up
        assertEquals(Math.ceil(reference), n, 1);
    }

    @Test
    public void twoProportionsAgreeWithRPowerPropTest() {
        // R: power.prop.test(p1=0.1, p2=0.11, sig.level=0.05, power=0.8, tol=1e-12)$n = 14750.7905
        assertPerVariant(14750.7905, conversion(0.10, 0.10, INCREASE, 0.05, 0.8, 2));
        // R: power.prop.test(p1=0.05, p2=0.06, sig.level=0.05, power=0.8, tol=1e-12)$n = 8157.7314
        assertPerVariant(8157.7314, conversion(0.05, 0.20, INCREASE, 0.05, 0.8, 2));
        // R: power.prop.test(p1=0.3, p2=0.27, sig.level=0.05, power=0.8, tol=1e-12)$n = 3553.0552
        assertPerVariant(3553.0552, conversion(0.30, 0.10, DECREASE, 0.05, 0.8, 2));
        // R: power.prop.test(p1=0.02, p2=0.023, sig.level=0.05, power=0.9, tol=1e-12)$n = 49120.7094
        assertPerVariant(49120.7094, conversion(0.02, 0.15, INCREASE, 0.05, 0.9, 2));
        // R: power.prop.test(p1=0.5, p2=0.525, sig.level=0.01, power=0.8, tol=1e-12)$n = 9335.8968
        assertPerVariant(9335.8968, conversion(0.50, 0.05, INCREASE, 0.01, 0.8, 2));
        // R: power.prop.test(p1=0.9, p2=0.945, sig.level=0.05, power=0.8, tol=1e-12)$n = 553.0377
        assertPerVariant(553.0377, conversion(0.90, 0.05, INCREASE, 0.05, 0.8, 2));
        // R: power.prop.test(p1=0.01, p2=0.007, sig.level=0.05, power=0.8, tol=1e-12)$n = 14698.4646
        assertPerVariant(14698.4646, conversion(0.01, 0.30, DECREASE, 0.05, 0.8, 2));
        // R: power.prop.test(p1=0.15, p2=0.162, sig.level=0.1, power=0.95, tol=1e-12)$n = 19787.4429
        assertPerVariant(19787.4429, conversion(0.15, 0.08, INCREASE, 0.10, 0.95, 2));
    }

    @Test
    public void multipleTreatmentsUseBonferroniAlphaOverM() {
        // 3 variants = 2 treatments: R: power.prop.test(p1=0.1, p2=0.11, sig.level=0.025, power=0.8, tol=1e-12)$n = 17863.4191
        assertPerVariant(17863.4191, conversion(0.10, 0.10, INCREASE, 0.05, 0.8, 3));
        // 4 variants = 3 treatments: R: power.prop.test(p1=0.2, p2=0.22, sig.level=0.05/3, power=0.8, tol=1e-12)$n = 8682.7684
        assertPerVariant(8682.7684, conversion(0.20, 0.10, INCREASE, 0.05, 0.8, 4));
    }

    @Test
    public void twoMeansAgreeWithStatsmodelsNormalIndPower() {
        // statsmodels: NormalIndPower().solve_power(effect_size=0.1, alpha=0.05, power=0.8, ratio=1.0, alternative='two-sided') = 1569.7721
        assertPerVariant(1569.7721, continuous(100.0, 20.0, 0.02, 0.05, 0.8, 2));
        // statsmodels: NormalIndPower().solve_power(effect_size=0.0625, alpha=0.05, power=0.8, ratio=1.0, alternative='two-sided') = 4018.6166
        assertPerVariant(4018.6166, continuous(50.0, 40.0, 0.05, 0.05, 0.8, 2));
        // statsmodels: NormalIndPower().solve_power(effect_size=0.0627450980392157, alpha=0.05, power=0.9, ...) = 5337.8511
        assertPerVariant(5337.8511, continuous(3.2, 5.1, 0.10, 0.05, 0.9, 2));
        // statsmodels: NormalIndPower().solve_power(effect_size=0.06, alpha=0.01, power=0.8, ...) = 6488.3156
        assertPerVariant(6488.3156, continuous(12.0, 6.0, 0.03, 0.01, 0.8, 2));
        // 3 variants: statsmodels: NormalIndPower().solve_power(effect_size=0.08333333333333333, alpha=0.025, power=0.8, ...) = 2737.4503
        assertPerVariant(2737.4503, continuous(250.0, 300.0, 0.10, 0.05, 0.8, 3));
        // negative baseline mean, the MDE is relative to |mean|: effect_size=0.08, alpha=0.05, power=0.8 -> 2452.7689
        assertPerVariant(2452.7689, continuous(-40.0, 25.0, 0.05, 0.05, 0.8, 2));
        // 4 variants: statsmodels: NormalIndPower().solve_power(effect_size=0.06666666666666667, alpha=0.05/3, power=0.95, ...) = 6405.6446
        assertPerVariant(6405.6446, continuous(1.5, 0.9, 0.04, 0.10, 0.95, 4));
    }

    @Test
    public void equalAllocationNeedsNInEveryArm() {
        Plan plan = planner.plan(conversion(0.10, 0.10, INCREASE, 0.05, 0.8, 2));
        assertEquals(14751, plan.perVariant());
        assertEquals(List.of(14751L, 14751L), plan.perArm());
        assertEquals(29502, plan.total());
        assertEquals(30, plan.days()); // 29502 users at 1000 a day
    }

    @Test
    public void unequalAllocationWaitsForTheSmallestArm() {
        PlanRequest request = new PlanRequest(MetricType.CONVERSION, 0.10, null, null, 0.10, INCREASE, 0.05, 0.8, 2, List.of(20, 80), 1000);
        Plan plan = planner.plan(request);
        assertEquals(14751, plan.perVariant());
        assertEquals(73755, plan.total()); // 14751 / 0.20
        assertEquals(74, plan.days()); // 14751 / (1000 · 0.20) = 73.755
    }

    @Test
    public void exactQuotientsAreNotRoundedUpByFloatingPointNoise() {
        // n = 1570 (two means, see above); 2 equal arms and 157 users a day: 1570 / (157 · 0.5) = 20 days exactly
        PlanRequest request = new PlanRequest(MetricType.CONTINUOUS, null, 100.0, 20.0, 0.02, INCREASE, 0.05, 0.8, 2, null, 157);
        assertEquals(1570, planner.plan(request).perVariant());
        assertEquals(20, planner.plan(request).days());
        PlanRequest halves = new PlanRequest(MetricType.CONTINUOUS, null, 100.0, 20.0, 0.02, INCREASE, 0.05, 0.8, 2, List.of(50, 50), 314);
        assertEquals(10, planner.plan(halves).days()); // 1570 / (314 · 0.5) = 10
    }

    @Test
    public void theDirectionDecidesTheTreatmentRate() {
        // R: power.prop.test(p1=0.1, p2=0.09, sig.level=0.05, power=0.8, tol=1e-12)$n = 13494.97 (a decrease needs fewer users here)
        assertPerVariant(13494.97, conversion(0.10, 0.10, DECREASE, 0.05, 0.8, 2));
    }

    @Test
    public void detectableEffectIsTheInverseOfThePlan() {
        for (PlanRequest request : List.of(conversion(0.10, 0.10, INCREASE, 0.05, 0.8, 2), conversion(0.03, 0.10, DECREASE, 0.05, 0.9, 3),
                continuous(100.0, 20.0, 0.02, 0.05, 0.8, 2), conversion(0.5, 0.1, INCREASE, 0.05, 0.8, 2))) {
            for (long days : new long[] {1, 7, 30, 365}) {
                Double mde = planner.detectableEffect(request, days);
                if (mde == null) {
                    continue;
                }
                Plan plan = planner.plan(request.withMde(mde));
                assertTrue(request + " in " + days + " days: " + plan, plan.days() <= days);
                // and a slightly smaller effect needs longer (mde is the smallest)
                Plan smaller = planner.plan(request.withMde(mde * 0.999));
                assertTrue(request + " in " + days + " days: " + smaller, smaller.perVariant() > plan.perVariant() || smaller.days() > days
                        || smaller.perVariant() * request.variantCount() > days * request.dailyUsers());
            }
        }
        // 30 days of 1000 users, 2 arms: 15000 per arm; the plan above needs 14751 for 10 %, so just under 10 % is detectable
        double mde = planner.detectableEffect(conversion(0.10, 0.10, INCREASE, 0.05, 0.8, 2), 30);
        assertTrue(String.valueOf(mde), mde < 0.10 && mde > 0.098);
    }

    @Test
    public void detectableEffectIsNullWhenNothingInRangeCanBeDetected() {
        // one day, 1000 users: 500 per arm cannot detect any change of a 99.9 % rate that stays below 1
        assertNull(planner.detectableEffect(conversion(0.999, 0.0005, INCREASE, 0.05, 0.8, 2), 1));
        PlanRequest trickle = new PlanRequest(MetricType.CONVERSION, 0.1, null, null, 0.1, INCREASE, 0.05, 0.8, 2, null, 1);
        assertNull(planner.detectableEffect(trickle, 1)); // 0.5 users per arm
    }

    @Test
    public void inputsOutsideTheirRangeAreNamed() {
        assertFields(Set.of("baselineRate"), () -> planner.plan(conversion(0.0, 0.1, INCREASE, 0.05, 0.8, 2)));
        assertFields(Set.of("baselineRate"), () -> planner.plan(conversion(1.0, 0.1, INCREASE, 0.05, 0.8, 2)));
        assertFields(Set.of("alpha", "power"), () -> planner.plan(conversion(0.1, 0.1, INCREASE, 0.0, 1.0, 2)));
        assertFields(Set.of("mde"), () -> planner.plan(conversion(0.1, 0.0, INCREASE, 0.05, 0.8, 2)));
        assertFields(Set.of("mde"), () -> planner.plan(conversion(0.1, -0.2, INCREASE, 0.05, 0.8, 2)));
        assertFields(Set.of("variantCount"), () -> planner.plan(conversion(0.1, 0.1, INCREASE, 0.05, 0.8, 1)));
        assertFields(Set.of("baselineMean", "baselineSd"), () -> planner.plan(continuous(0.0, 0.0, 0.1, 0.05, 0.8, 2)));
        assertFields(Set.of("metricType", "direction"),
                () -> planner.plan(new PlanRequest(null, 0.1, null, null, 0.1, null, 0.05, 0.8, 2, null, 10)));
        assertFields(Set.of("dailyUsers"),
                () -> planner.plan(new PlanRequest(MetricType.CONVERSION, 0.1, null, null, 0.1, INCREASE, 0.05, 0.8, 2, null, 0)));
        assertFields(Set.of("days"), () -> planner.detectableEffect(conversion(0.1, 0.1, INCREASE, 0.05, 0.8, 2), 0));
    }

    @Test
    public void theImpliedTreatmentRateMustStayInsideZeroAndOne() {
        // 0.6 · (1 + 0.7) = 1.02
        assertFields(Set.of("mde"), () -> planner.plan(conversion(0.6, 0.7, INCREASE, 0.05, 0.8, 2)));
        // 0.2 · (1 − 1.0) = 0
        assertFields(Set.of("mde"), () -> planner.plan(conversion(0.2, 1.0, DECREASE, 0.05, 0.8, 2)));
        // the same MDE is fine in the other direction
        planner.plan(conversion(0.6, 0.7, DECREASE, 0.05, 0.8, 2));
    }

    @Test
    public void allocationsMustMatchTheVariantsAndSumTo100() {
        assertFields(Set.of("allocations"), () -> planner.plan(withAllocations(3, List.of(50, 50))));
        assertFields(Set.of("allocations"), () -> planner.plan(withAllocations(2, List.of(50, 40))));
        assertFields(Set.of("allocations[1]"), () -> planner.plan(withAllocations(2, List.of(100, 0))));
        assertFields(Set.of("allocations", "allocations[2]"), () -> planner.plan(withAllocations(3, List.of(60, 50, -10))));
        assertFields(Set.of("allocations", "allocations[1]"), () -> planner.plan(withAllocations(2, java.util.Arrays.asList(50, null))));
    }

    @Test
    public void anEffectTooSmallToPlanForIsRefusedNotOverflowed() {
        assertFields(Set.of("mde"), () -> planner.plan(conversion(1e-9, 1e-6, INCREASE, 0.05, 0.8, 2)));
    }

    private static PlanRequest withAllocations(int variants, List<Integer> allocations) {
        return new PlanRequest(MetricType.CONVERSION, 0.1, null, null, 0.1, INCREASE, 0.05, 0.8, variants, allocations, 100);
    }

    private static void assertFields(Set<String> fields, Supplier<?> call) {
        try {
            call.get();
            fail("expected a ValidationException naming " + fields);
        } catch (ValidationException e) {
            assertEquals(e.getMessage(), fields, e.errors().stream().map(FieldError::field).collect(Collectors.toSet()));
        }
    }
}

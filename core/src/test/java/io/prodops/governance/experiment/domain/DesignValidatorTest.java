package io.prodops.governance.experiment.domain;

import io.prodops.governance.common.domain.FieldError;
import io.prodops.governance.common.domain.ValidationException;
import io.prodops.governance.experiment.ExperimentFixtures;
import io.prodops.governance.experiment.domain.DesignInput.GuardrailInput;
import io.prodops.governance.experiment.domain.DesignInput.HypothesisInput;
import io.prodops.governance.experiment.domain.DesignInput.MetricInput;
import io.prodops.governance.experiment.domain.DesignInput.VariantInput;
import io.prodops.governance.experiment.domain.stats.MetricType;
import org.junit.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

public class DesignValidatorTest {
    @Test
    public void aValidDesignTakesTheDefaults() {
        ExperimentDesign d = DesignValidator.validate(ExperimentFixtures.conversionDesign());
        assertEquals(0.05, d.alpha(), 0);
        assertEquals(0.8, d.power(), 0);
        assertEquals(0.10, d.mde(), 0);
        assertEquals(MetricType.CONVERSION, d.primaryMetric().type());
        assertEquals("Control", d.control().name());
        assertEquals(1000, d.dailyUsers());
        assertEquals(LocalDate.parse("2027-01-15"), d.plannedEnd());
        assertNull(d.baselineMean());
        assertEquals("We believe that a bigger button will result in more sign-ups, measured by sign-up conversion.", d.hypothesis().sentence());
    }

    @Test
    public void everyProblemIsReportedAtOnceOnItsField() {
        DesignInput bad = new DesignInput(new HypothesisInput(" ", "more", null), new MetricInput("", "RATE", "UP"),
                List.of(new GuardrailInput("Latency", "CONTINUOUS", "DECREASE", 0.0), new GuardrailInput("latency", "CONVERSION", "INCREASE", null)),
                List.of(new VariantInput("A", 50.0, true), new VariantInput("B", 40.5, true), new VariantInput("a", 0.0, false)),
                1.0, 0.0, 0.0, null, null, null, -3.0, "tomorrow", null);
        Map<String, String> errors = errors(bad);
        for (String field : List.of("hypothesis.weBelieve", "hypothesis.measuredBy", "primaryMetric.name", "primaryMetric.type",
                "primaryMetric.direction", "guardrails[0].margin", "guardrails[1].name", "guardrails[1].margin", "variants[1].allocation",
                "variants[2].name", "variants[2].allocation", "variants", "alpha", "power", "mde", "dailyUsers", "plannedStart")) {
            assertTrue(field + " missing from " + errors, errors.containsKey(field));
        }
        assertTrue(errors.get("variants"), errors.get("variants").contains("exactly one variant must be the control (2 are)"));
    }

    @Test
    public void allocationsMustSumTo100WithExactlyOneControlAndTwoVariants() {
        DesignInput base = ExperimentFixtures.conversionDesign();
        assertEquals("allocations must sum to 100 (they sum to 90)", errors(ExperimentFixtures.withVariants(base,
                List.of(new VariantInput("A", 50.0, true), new VariantInput("B", 40.0, false)))).get("variants"));
        assertEquals("exactly one variant must be the control (0 are)", errors(ExperimentFixtures.withVariants(base,
                List.of(new VariantInput("A", 50.0, false), new VariantInput("B", 50.0, false)))).get("variants"));
        assertTrue(errors(ExperimentFixtures.withVariants(base, List.of(new VariantInput("A", 100.0, true)))).get("variants").contains("at least 2"));
        assertTrue(errors(ExperimentFixtures.withVariants(base, null)).get("variants").contains("at least 2"));
    }

    @Test
    public void ratesMustStayInsideZeroAndOneIncludingTheRateToDetect() {
        DesignInput base = ExperimentFixtures.conversionDesign();
        for (double rate : new double[]{0, 1, -0.1, 1.5}) {
            assertEquals("must be between 0 and 1 (exclusive)", errors(withBaselineRate(base, rate)).get("baselineRate"));
        }
        // 0.95 · (1 + 0.10) = 1.045: the effect to detect leaves (0,1)
        assertTrue(errors(withBaselineRate(base, 0.95)).get("mde").contains("outside (0,1)"));
        assertTrue(errors(ExperimentFixtures.withMde(base, -0.1)).containsKey("mde"));
    }

    @Test
    public void continuousMetricsNeedMeanAndStandardDeviation() {
        DesignInput d = new DesignInput(new HypothesisInput("a", "b", "c"), new MetricInput("Revenue", "CONTINUOUS", "INCREASE"), null,
                List.of(new VariantInput("A", 50.0, true), new VariantInput("B", 50.0, false)), null, null, null, 0.3, 0.0, -1.0, 100.0, null, null);
        Map<String, String> errors = errors(d);
        assertEquals(List.of("baselineMean", "baselineSd"), errors.keySet().stream().sorted().toList());
        ExperimentDesign ok = DesignValidator.validate(new DesignInput(d.hypothesis(), d.primaryMetric(), null, d.variants(), null, null, null, 0.3,
                12.5, 4.0, 100.0, null, null));
        assertNull("the rate of a continuous design is not kept", ok.baselineRate());
        assertEquals(12.5, ok.baselineMean(), 0);
    }

    @Test
    public void endBeforeStartIsRefused() {
        DesignInput base = ExperimentFixtures.conversionDesign();
        DesignInput d = new DesignInput(base.hypothesis(), base.primaryMetric(), base.guardrails(), base.variants(), null, null, null, 0.1, null, null,
                10.0, "2026-12-10", "2026-12-01");
        assertEquals("must not be before plannedStart", errors(d).get("plannedEnd"));
    }

    private static DesignInput withBaselineRate(DesignInput d, double rate) {
        return new DesignInput(d.hypothesis(), d.primaryMetric(), d.guardrails(), d.variants(), d.alpha(), d.power(), d.mde(), rate, null, null,
                d.dailyUsers(), d.plannedStart(), d.plannedEnd());
    }

    static Map<String, String> errors(DesignInput input) {
        try {
            DesignValidator.validate(input);
            fail("accepted " + input);
            return null;
        } catch (ValidationException e) {
            return e.errors().stream().collect(Collectors.toMap(FieldError::field, FieldError::message, (a, b) -> a + " | " + b));
        }
    }
}

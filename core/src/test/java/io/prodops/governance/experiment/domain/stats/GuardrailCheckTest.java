package io.prodops.governance.experiment.domain.stats;

import org.junit.Test;

import java.util.List;
import java.util.Map;

import static io.prodops.governance.experiment.domain.stats.Direction.DECREASE;
import static io.prodops.governance.experiment.domain.stats.Direction.INCREASE;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * Guardrails: one-sided non-inferiority with a relative margin. The reference p-values are the linearized test of
 * {@link GuardrailCheck} evaluated in R 4.2.2 with pnorm / pt (the formula, typed again independently).
 */
public class GuardrailCheckTest {
    private static GuardrailResult only(GuardrailInput guardrail) {
        List<GuardrailResult> results = GuardrailCheck.check(guardrail, "control", 0.05);
        assertEquals(1, results.size());
        return results.get(0);
    }

    private static GuardrailInput retention(long controlRetained, long treatmentRetained, long users) {
        return new GuardrailInput("retention", MetricType.CONVERSION, INCREASE, 0.05,
                List.of(VariantResult.conversion("control", users, controlRetained), VariantResult.conversion("b", users, treatmentRetained)));
    }

    private static GuardrailInput latency(double treatmentMean, long n) {
        return new GuardrailInput("latency", MetricType.CONTINUOUS, DECREASE, 0.02,
                List.of(VariantResult.continuous("control", n, 200, 50), VariantResult.continuous("b", n, treatmentMean, 50)));
    }

    @Test
    public void anUnchangedRateIsShownNonInferior() {
        // R: c<-0.2; t<-0.2; vc<-c*(1-c)/10000; vt<-t*(1-t)/10000; pnorm(-((t-c)+0.05*c)/sqrt(vt+(0.05-1)^2*vc)) = 0.0349545962670725
        GuardrailResult result = only(retention(2000, 2000, 10000));
        assertEquals(0.0349545962670725, result.pValue(), 1e-9);
        assertFalse(result.flagged());
        assertEquals(0.0, result.relativeDifference(), 0.0);
    }

    @Test
    public void aRateWorseThanTheMarginIsFlagged() {
        GuardrailResult result = only(retention(2000, 1850, 10000)); // 7.5 % worse, margin 5 %
        assertTrue(result.pValue() > 0.5);
        assertTrue(result.flagged());
        assertEquals(-0.075, result.relativeDifference(), 1e-12);
    }

    @Test
    public void tooFewUsersCannotShowNonInferiority() {
        assertTrue(only(retention(20, 20, 100)).flagged());
    }

    @Test
    public void lowerIsBetterMeans() {
        // R: vc<-50^2/5000; vt<-vc; wc<-(0.02+1)^2*vc; L<- -(201-200)+0.02*200; df<-(vt+wc)^2/(vt^2/4999+wc^2/4999);
        //    pt(-L/sqrt(vt+wc), df) = 1.49180249249750e-03 (df = 9994.08)
        GuardrailResult fine = only(latency(201, 5000));
        assertEquals(1.49180249249750e-03, fine.pValue(), 1e-9);
        assertFalse(fine.flagged());
        GuardrailResult slower = only(latency(206, 5000)); // 3 % slower, margin 2 %
        assertTrue(slower.flagged());
    }

    @Test
    public void aZeroControlRateStillCatchesHarm() {
        // error rate: lower is better, none in the control, 5 % in the treatment
        GuardrailInput errors = new GuardrailInput("errors", MetricType.CONVERSION, DECREASE, 0.1,
                List.of(VariantResult.conversion("control", 1000, 0), VariantResult.conversion("b", 1000, 50)));
        GuardrailResult result = only(errors);
        assertTrue(result.flagged());
        assertNull(result.relativeDifference());
        GuardrailInput clean = new GuardrailInput("errors", MetricType.CONVERSION, DECREASE, 0.1,
                List.of(VariantResult.conversion("control", 1000, 0), VariantResult.conversion("b", 1000, 0)));
        GuardrailResult none = only(clean);
        assertNull(none.pValue());
        assertTrue(none.nullReason(), none.nullReason().contains("no variance"));
        assertFalse("0 errors against 0 errors: equal, not worse", none.flagged());
    }

    @Test
    public void missingResultsGiveAReason() {
        GuardrailInput noControl = new GuardrailInput("retention", MetricType.CONVERSION, INCREASE, 0.05, List.of(VariantResult.conversion("b", 10, 1)));
        GuardrailResult result = only(noControl);
        assertFalse(result.flagged());
        assertTrue(result.nullReason().contains("no results for the control"));
    }

    @Test
    public void theAnalyzerChecksEveryGuardrailForEveryTreatment() {
        AnalysisInput input = new AnalysisInput(MetricType.CONVERSION, INCREASE, 0.05, "control",
                List.of(VariantResult.conversion("control", 10000, 1000), VariantResult.conversion("b", 10000, 1100)), null,
                Map.of("control", 1L, "b", 1L), List.of(retention(2000, 1850, 10000), latency(201, 5000)));
        List<GuardrailResult> guardrails = new ExperimentAnalyzer().analyze(input).guardrails();
        assertEquals(2, guardrails.size());
        assertEquals("retention", guardrails.get(0).name());
        assertTrue(guardrails.get(0).flagged());
        assertFalse(guardrails.get(1).flagged());
    }
}

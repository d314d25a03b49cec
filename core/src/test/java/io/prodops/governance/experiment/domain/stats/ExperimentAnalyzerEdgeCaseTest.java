package io.prodops.governance.experiment.domain.stats;

import io.prodops.governance.common.domain.FieldError;
import io.prodops.governance.common.domain.ValidationException;
import org.junit.Test;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static io.prodops.governance.experiment.domain.stats.Direction.INCREASE;
import static io.prodops.governance.experiment.domain.stats.ExperimentAnalyzerReferenceTest.conversions;
import static io.prodops.governance.experiment.domain.stats.ExperimentAnalyzerReferenceTest.means;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/** Degenerate input gives nulls with a reason, never NaN, infinity or an exception; interim results declare nothing. */
public class ExperimentAnalyzerEdgeCaseTest {
    private final ExperimentAnalyzer analyzer = new ExperimentAnalyzer();

    private VariantAnalysis treatment(AnalysisInput input) {
        Analysis analysis = analyzer.analyze(input);
        assertAllFinite(analysis);
        return analysis.variants().get(1);
    }

    @Test
    public void noUsersYet() {
        VariantAnalysis none = treatment(conversions(INCREASE, 0.05, 0, 0, 0, 0));
        assertNull(none.rate());
        assertNull(none.pValue());
        assertNull(none.ciLow());
        assertFalse(none.significant());
        assertTrue(none.nullReason(), none.nullReason().contains("no users"));
        VariantAnalysis treatmentEmpty = treatment(conversions(INCREASE, 0.05, 100, 10, 0, 0));
        assertTrue(treatmentEmpty.nullReason(), treatmentEmpty.nullReason().contains("this arm has no users"));
    }

    @Test
    public void noConversionsAnywhere() {
        VariantAnalysis zero = treatment(conversions(INCREASE, 0.05, 1000, 0, 1000, 0));
        assertEquals(0.0, zero.absoluteLift(), 0.0);
        assertNull(zero.pValue());
        assertNull(zero.ciLow());
        assertNull(zero.relativeLift());
        assertFalse(zero.significant());
        assertTrue(zero.nullReason(), zero.nullReason().contains("no user converted"));
        assertEquals(0.5, zero.probabilityToBeatControl(), 1e-9);
    }

    @Test
    public void everyUserConvertedEverywhere() {
        VariantAnalysis all = treatment(conversions(INCREASE, 0.05, 500, 500, 700, 700));
        assertNull(all.pValue());
        assertNull(all.ciLow());
        assertEquals(0.0, all.relativeLift(), 0.0);
        assertTrue(all.nullReason(), all.nullReason().contains("every user converted"));
    }

    @Test
    public void noneAgainstAll() {
        VariantAnalysis split = treatment(conversions(INCREASE, 0.05, 50, 0, 50, 50));
        assertNotNull(split.pValue()); // the pooled rate is 0.5
        assertNull(split.ciLow()); // the unpooled standard error is 0
        assertFalse(split.significant());
        assertTrue(split.nullReason(), split.nullReason().contains("unpooled standard error is 0"));
    }

    @Test
    public void tinySamples() {
        VariantAnalysis one = treatment(conversions(INCREASE, 0.05, 1, 0, 1, 1));
        assertEquals(1.0, one.absoluteLift(), 0.0);
        assertFalse(one.significant());
        VariantAnalysis single = treatment(means(INCREASE, 0.05, VariantResult.continuous("c", 1, 3, 0), VariantResult.continuous("t", 1, 4, 0)));
        assertEquals(1.0, single.absoluteLift(), 0.0);
        assertNull(single.pValue());
        assertTrue(single.nullReason(), single.nullReason().contains("at least 2 observations"));
        VariantAnalysis two = treatment(means(INCREASE, 0.05, VariantResult.continuous("c", 2, 3, 1), VariantResult.continuous("t", 2, 4, 1)));
        assertNotNull(two.pValue());
        assertNotNull(two.ciLow());
    }

    @Test
    public void zeroVarianceMeans() {
        VariantAnalysis flat = treatment(means(INCREASE, 0.05, VariantResult.continuous("c", 100, 3, 0), VariantResult.continuous("t", 100, 4, 0)));
        assertNull(flat.pValue());
        assertNull(flat.ciLow());
        assertTrue(flat.nullReason(), flat.nullReason().contains("zero variance"));
        // one arm without variance is fine: Welch's df is then n − 1 of the other
        VariantAnalysis half = treatment(means(INCREASE, 0.05, VariantResult.continuous("c", 100, 3, 0), VariantResult.continuous("t", 100, 4, 2)));
        assertNotNull(half.pValue());
    }

    @Test
    public void zeroControlMean() {
        VariantAnalysis zero = treatment(means(INCREASE, 0.05, VariantResult.continuous("c", 100, 0, 1), VariantResult.continuous("t", 100, 0.5, 1)));
        assertNull(zero.relativeLift());
        assertNull(zero.relCiLow());
        assertNotNull(zero.pValue());
        assertTrue(zero.nullReason(), zero.nullReason().contains("control mean is 0"));
    }

    @Test
    public void valuesBeyondDoublePrecisionAreDroppedWithAReason() {
        VariantAnalysis wild = treatment(means(INCREASE, 0.05, VariantResult.continuous("c", 100, 1, 1e200), VariantResult.continuous("t", 100, 2, 1e200)));
        assertNull(wild.ciLow());
        assertNotNull(wild.nullReason());
    }

    @Test
    public void interimResultsDeclareNothingSignificant() {
        AnalysisInput clearWinner = conversions(INCREASE, 0.05, 10000, 1000, 10000, 1500);
        AnalysisInput early = new AnalysisInput(clearWinner.type(), INCREASE, 0.05, "control", clearWinner.variants(), null,
                Map.of("control", 14751L, "t1", 14751L), List.of());
        Analysis analysis = analyzer.analyze(early);
        VariantAnalysis t1 = analysis.variants().get(1);
        assertTrue(analysis.interim());
        assertTrue(analysis.interimReason(), analysis.interimReason().contains("control has 10000 of 14751"));
        assertTrue(t1.interim());
        assertFalse(t1.significant());
        assertTrue(t1.pValue() < 1e-10); // the numbers are still shown
        AnalysisInput reached = new AnalysisInput(clearWinner.type(), INCREASE, 0.05, "control", clearWinner.variants(), null,
                Map.of("control", 10000L, "t1", 10000L), List.of());
        assertTrue(analyzer.analyze(reached).variants().get(1).significant());
        AnalysisInput unplanned = new AnalysisInput(clearWinner.type(), INCREASE, 0.05, "control", clearWinner.variants(), null, null, List.of());
        assertTrue(analyzer.analyze(unplanned).interim());
    }

    @Test
    public void srmIsPartOfTheAnalysis() {
        AnalysisInput input = new AnalysisInput(MetricType.CONVERSION, INCREASE, 0.05, "a",
                List.of(VariantResult.conversion("a", 50000, 5000), VariantResult.conversion("b", 52000, 5200)), Map.of("a", 50, "b", 50),
                Map.of("a", 1L, "b", 1L), List.of());
        assertTrue(analyzer.analyze(input).srm().detected());
    }

    @Test
    public void invalidInputNamesTheField() {
        AnalysisInput bad = new AnalysisInput(MetricType.CONVERSION, INCREASE, 1.5, "nobody",
                List.of(VariantResult.conversion("a", 10, 11), VariantResult.conversion("a", -1, 0), VariantResult.continuous("c", 5, 1, -1)),
                null, null, List.of(new GuardrailInput("", MetricType.CONVERSION, INCREASE, 1.5, List.of())));
        try {
            analyzer.analyze(bad);
            fail();
        } catch (ValidationException e) {
            Set<String> fields = e.errors().stream().map(FieldError::field).collect(Collectors.toSet());
            assertEquals(Set.of("alpha", "controlName", "variants[0].conversions", "variants[1].name", "variants[1].users", "variants[2]",
                    "variants[2].sd", "guardrails[0].name", "guardrails[0].margin"), fields);
        }
    }

    /** Every Double component of the analysis and of its parts is finite or null. */
    static void assertAllFinite(Record record) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            Object value;
            try {
                value = component.getAccessor().invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
            if (value instanceof Double d) {
                assertTrue(record + ": " + component.getName(), Double.isFinite(d));
            } else if (value instanceof Record nested) {
                assertAllFinite(nested);
            } else if (value instanceof List<?> list) {
                list.stream().filter(Record.class::isInstance).forEach(r -> assertAllFinite((Record) r));
            }
        }
    }
}

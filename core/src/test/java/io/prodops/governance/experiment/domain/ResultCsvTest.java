package io.prodops.governance.experiment.domain;

import io.prodops.governance.common.domain.FieldError;
import io.prodops.governance.common.domain.ValidationException;
import io.prodops.governance.experiment.ExperimentFixtures;
import io.prodops.governance.experiment.domain.stats.VariantResult;
import org.junit.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

public class ResultCsvTest {
    private final ExperimentDesign design = DesignValidator.validate(ExperimentFixtures.conversionDesign());

    @Test
    public void rowsAreReadInAnyColumnOrderWithQuotesAndBlankLines() {
        String csv = "\uFEFFConversions,Variant,Users,comment\r\n\r\n12,\"Big button\",100,\"says \"\"hi\"\", twice\"\n10,Control,101,\n";
        ResultSnapshot.Results r = ResultCsv.read(csv, design);
        assertEquals(List.of(VariantResult.conversion("Control", 101, 10), VariantResult.conversion("Big button", 100, 12)), r.variants());
        assertEquals(List.of(), r.guardrails());
    }

    @Test
    public void everyBadCellIsReportedWithItsRowAndColumn() {
        String csv = "variant,users,conversions\nControl,ten,5\nBig button,100.5,101\nOther,-1,0\nControl,10,11\n";
        List<FieldError> errors = errors(csv);
        assertEquals(List.of(
                new FieldError("users", "\"ten\" is not a number", 2, 2),
                new FieldError("users", "must be a whole number", 3, 2),
                new FieldError("variant", "\"Other\" is not a variant of this experiment (Control, Big button)", 4, 1),
                new FieldError("users", "must not be negative", 4, 2),
                new FieldError("variant", "variant Control appears twice", 5, 1),
                new FieldError("conversions", "must not exceed users (11 > 10)", 5, 3)), errors);
    }

    @Test
    public void aMissingVariantAndMissingCellsAreNamed() {
        List<FieldError> errors = errors("variant,users,conversions\nControl,100\n");
        assertEquals(List.of(new FieldError("conversions", "is required", 2, 3),
                new FieldError("variant", "no result for variant Big button", null, 1)), errors);
    }

    @Test
    public void theHeaderMustNameTheMetricsColumns() {
        assertEquals(List.of(new FieldError("conversions", "the header row has no column conversions (expected variant,users,conversions)", 1, null)),
                errors("variant,users,converted\nControl,1,1\n"));
        assertEquals("csv", errors("\n \n").get(0).field());
    }

    @Test
    public void aMetricColumnCarriesGuardrailRows() {
        String csv = "metric,variant,users,conversions,n,mean,sd\n"
                + "Sign-ups,Control,1000,100,,,\n,Big button,1000,120,,,\n"
                + "latency,Control,,,1000,250.5,40\nLatency,Big button,,,1000,249,41\n";
        ResultSnapshot.Results r = ResultCsv.read(csv, design);
        assertEquals(2, r.variants().size());
        assertEquals(List.of(new ResultSnapshot.MetricResults("Latency", List.of(VariantResult.continuous("Control", 1000, 250.5, 40),
                VariantResult.continuous("Big button", 1000, 249, 41)))), r.guardrails());
        List<FieldError> bad = errors("metric,variant,users,conversions\nSign-ups,Control,1,1\nSign-ups,Big button,1,1\nLatency,Control,1,1\nBounce,Control,1,1\n");
        assertEquals(List.of(new FieldError("n", "guardrail Latency needs a column n", 4, null),
                new FieldError("mean", "guardrail Latency needs a column mean", 4, null),
                new FieldError("sd", "guardrail Latency needs a column sd", 4, null),
                new FieldError("metric", "\"Bounce\" is neither the primary metric nor a guardrail", 5, 1)), bad);
    }

    @Test
    public void jsonResultsNameTheirFields() {
        ResultEntry.Upload upload = new ResultEntry.Upload(List.of(ExperimentFixtures.conversion("Control", 10, 11),
                new ResultEntry("Big button", new BigDecimal("1e3"), new BigDecimal("2.50"), null, null, null)),
                List.of(new ResultEntry.GuardrailEntries("Latency", List.of(ExperimentFixtures.continuous("Control", 5, 1, -1))),
                        new ResultEntry.GuardrailEntries("Nope", List.of())));
        try {
            ResultValidator.validate(design, upload);
            fail();
        } catch (ValidationException e) {
            assertEquals(List.of("variants[0].conversions", "variants[1].conversions", "guardrails[0].variants[0].sd", "guardrails[0].variants",
                    "guardrails[1].name"), e.errors().stream().map(FieldError::field).toList());
        }
    }

    private List<FieldError> errors(String csv) {
        try {
            ResultCsv.read(csv, design);
            fail("accepted " + csv);
            return null;
        } catch (ValidationException e) {
            return e.errors();
        }
    }
}

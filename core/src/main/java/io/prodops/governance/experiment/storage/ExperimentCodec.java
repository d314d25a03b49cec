package io.prodops.governance.experiment.storage;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.prodops.governance.experiment.domain.ExperimentDesign;
import io.prodops.governance.experiment.domain.Guardrail;
import io.prodops.governance.experiment.domain.Hypothesis;
import io.prodops.governance.experiment.domain.Metric;
import io.prodops.governance.experiment.domain.ResultSnapshot;
import io.prodops.governance.experiment.domain.Variant;
import io.prodops.governance.experiment.domain.stats.Direction;
import io.prodops.governance.experiment.domain.stats.MetricType;
import io.prodops.governance.experiment.domain.stats.VariantResult;

import java.time.LocalDate;
import java.util.List;

/**
 * The stored JSON of an experiment's design (EXPERIMENT.DESIGN) and of a result snapshot (EXP_RESULT.DATA), written
 * from records of its own with a {@code format} number, so renaming a domain field never changes stored data silently.
 * Design format 1: {@code {"format":1,"hypothesis":{"weBelieve","willResultIn","measuredBy"},"primaryMetric":{"name",
 * "type","direction"},"guardrails":[{"name","type","direction","margin"}],"alpha","power","mde","baselineRate"?,
 * "baselineMean"?,"baselineSd"?,"dailyUsers"?,"plannedStart"?,"plannedEnd"?}}. Snapshot format 1:
 * {@code {"format":1,"variants":[V],"guardrails":[{"name","variants":[V]}]}}, V = {@code {"name","users"?,"conversions"?,"n"?,
 * "mean"?,"sd"?}}.
 */
final class ExperimentCodec {
    static final int FORMAT = 1;
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    record StoredMetric(String name, String type, String direction) {
    }

    record StoredGuardrail(String name, String type, String direction, double margin) {
    }

    record StoredHypothesis(String weBelieve, String willResultIn, String measuredBy) {
    }

    record StoredDesign(int format, StoredHypothesis hypothesis, StoredMetric primaryMetric, List<StoredGuardrail> guardrails, double alpha,
                        double power, double mde, Double baselineRate, Double baselineMean, Double baselineSd, Integer dailyUsers,
                        String plannedStart, String plannedEnd) {
    }

    record StoredVariant(String name, Long users, Long conversions, Long n, Double mean, Double sd) {
    }

    record StoredMetricResults(String name, List<StoredVariant> variants) {
    }

    record StoredSnapshot(int format, List<StoredVariant> variants, List<StoredMetricResults> guardrails) {
    }

    private ExperimentCodec() {
    }

    static String encodeDesign(ExperimentDesign d) {
        Hypothesis h = d.hypothesis();
        Metric m = d.primaryMetric();
        return write(new StoredDesign(FORMAT, new StoredHypothesis(h.weBelieve(), h.willResultIn(), h.measuredBy()),
                new StoredMetric(m.name(), m.type().name(), m.direction().name()),
                d.guardrails().stream().map(g -> new StoredGuardrail(g.name(), g.type().name(), g.direction().name(), g.margin())).toList(),
                d.alpha(), d.power(), d.mde(), d.baselineRate(), d.baselineMean(), d.baselineSd(), d.dailyUsers(),
                d.plannedStart() == null ? null : d.plannedStart().toString(), d.plannedEnd() == null ? null : d.plannedEnd().toString()));
    }

    static ExperimentDesign decodeDesign(String text, List<Variant> variants) {
        StoredDesign s = read(text, StoredDesign.class);
        StoredHypothesis h = s.hypothesis();
        StoredMetric m = s.primaryMetric();
        return new ExperimentDesign(new Hypothesis(h.weBelieve(), h.willResultIn(), h.measuredBy()),
                new Metric(m.name(), MetricType.valueOf(m.type()), Direction.valueOf(m.direction())),
                s.guardrails() == null ? List.of() : s.guardrails().stream()
                        .map(g -> new Guardrail(g.name(), MetricType.valueOf(g.type()), Direction.valueOf(g.direction()), g.margin())).toList(),
                variants, s.alpha(), s.power(), s.mde(), s.baselineRate(), s.baselineMean(), s.baselineSd(), s.dailyUsers(),
                s.plannedStart() == null ? null : LocalDate.parse(s.plannedStart()), s.plannedEnd() == null ? null : LocalDate.parse(s.plannedEnd()));
    }

    static String encodeSnapshot(ResultSnapshot.Results results) {
        return write(new StoredSnapshot(FORMAT, stored(results.variants()),
                results.guardrails().stream().map(g -> new StoredMetricResults(g.name(), stored(g.variants()))).toList()));
    }

    static ResultSnapshot.Results decodeSnapshot(String text) {
        StoredSnapshot s = read(text, StoredSnapshot.class);
        return new ResultSnapshot.Results(results(s.variants()), s.guardrails() == null ? List.of()
                : s.guardrails().stream().map(g -> new ResultSnapshot.MetricResults(g.name(), results(g.variants()))).toList());
    }

    private static List<StoredVariant> stored(List<VariantResult> variants) {
        return variants.stream().map(v -> switch (v) {
            case VariantResult.Conversion c -> new StoredVariant(c.name(), c.users(), c.conversions(), null, null, null);
            case VariantResult.Continuous c -> new StoredVariant(c.name(), null, null, c.n(), c.mean(), c.sd());
        }).toList();
    }

    private static List<VariantResult> results(List<StoredVariant> variants) {
        return variants.stream().<VariantResult>map(v -> v.users() != null
                ? VariantResult.conversion(v.name(), v.users(), v.conversions())
                : VariantResult.continuous(v.name(), v.n(), v.mean(), v.sd())).toList();
    }

    private static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store experiment data", e);
        }
    }

    private static <T> T read(String text, Class<T> type) {
        try {
            T value = MAPPER.readValue(text, type);
            int format = value instanceof StoredDesign d ? d.format() : ((StoredSnapshot) value).format();
            if (format != FORMAT) {
                throw new IllegalStateException("stored experiment data has format " + format + ", this version reads " + FORMAT);
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored experiment data is not readable", e);
        }
    }
}

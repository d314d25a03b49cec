package io.prodops.governance.experiment.web;

import io.prodops.governance.common.domain.RevisionInfo;
import io.prodops.governance.common.port.UserDirectory;
import io.prodops.governance.common.web.UserJson;
import io.prodops.governance.experiment.domain.DecisionRecord;
import io.prodops.governance.experiment.domain.Experiment;
import io.prodops.governance.experiment.domain.ExperimentAnalysisView;
import io.prodops.governance.experiment.domain.ExperimentDesign;
import io.prodops.governance.experiment.domain.ExperimentView;
import io.prodops.governance.experiment.domain.ResultEntry;
import io.prodops.governance.experiment.domain.ResultSnapshot;
import io.prodops.governance.experiment.domain.stats.Analysis;
import io.prodops.governance.experiment.domain.stats.GuardrailResult;
import io.prodops.governance.experiment.domain.stats.Plan;
import io.prodops.governance.experiment.domain.stats.SrmResult;
import io.prodops.governance.experiment.domain.stats.VariantAnalysis;
import io.prodops.governance.experiment.domain.stats.VariantResult;

import java.time.Instant;
import java.util.List;

/**
 * The JSON shapes of the experiment endpoints. Field names are the contract of issue 6 (docs/rest-conventions.md);
 * fields are only ever added. Nulls are omitted.
 */
final class ExperimentJson {
    private ExperimentJson() {
    }

    // ---- requests

    record PlanIn(String metricType, Double baselineRate, Double baselineMean, Double baselineSd, Double mde, String direction,
                  Double alpha, Double power, Integer variantCount, List<Integer> allocations, Double dailyUsers, Long days) {
    }

    record StatusIn(String status, Integer revision) {
    }

    record ResultsIn(List<ResultEntry> variants, List<ResultEntry.GuardrailEntries> guardrails, String source) {
        ResultEntry.Upload upload() {
            return new ResultEntry.Upload(variants, guardrails);
        }
    }

    // ---- responses

    record PlanOut(long perVariant, List<Long> perArm, long total, long days, Double detectableEffect) {
        static PlanOut of(Plan p) {
            return p == null ? null : new PlanOut(p.perVariant(), p.perArm(), p.total(), p.days(), null);
        }
    }

    record HypothesisOut(String weBelieve, String willResultIn, String measuredBy, String text) {
    }

    record MetricOut(String name, String type, String direction) {
    }

    record GuardrailOut(String name, String type, String direction, double margin) {
    }

    record VariantOut(String name, int allocation, boolean control) {
    }

    record ExperimentOut(String issueKey, String summary, HypothesisOut hypothesis, MetricOut primaryMetric, List<GuardrailOut> guardrails,
                         List<VariantOut> variants, double alpha, double power, double mde, Double baselineRate, Double baselineMean,
                         Double baselineSd, int dailyUsers, String plannedStart, String plannedEnd, String status, int revision,
                         String decision, String rationale, String srmAcknowledgement, UserJson decidedBy, String decidedAt,
                         PlanOut plan, boolean canEdit, List<String> lockedFields, List<String> allowedStatuses,
                         UserJson createdBy, String createdAt, UserJson updatedBy, String updatedAt) {
    }

    record ResultOut(String name, Long users, Long conversions, Long n, Double mean, Double sd) {
    }

    record MetricResultsOut(String name, List<ResultOut> variants) {
    }

    record SnapshotOut(int number, String source, UserJson submittedBy, String submittedAt, List<ResultOut> variants,
                       List<MetricResultsOut> guardrails) {
    }

    record HistoryOut(List<SnapshotOut> items, long total, int page, int size) {
    }

    record Lift(Double absolute, Double relative) {
    }

    record Interval(Double low, Double high) {
    }

    record VariantAnalysisOut(String name, boolean control, long sampleSize, Double rate, Double mean, Lift lift, Interval ci, Interval relativeCi,
                              Double pValue, boolean significant, boolean interim, Double probabilityToBeatControl, Long plannedSampleSize,
                              String nullReason, String note) {
    }

    record SrmOut(Double chiSquare, Double pValue, boolean detected, String skippedReason) {
    }

    record GuardrailResultOut(String name, String variant, String type, String direction, double margin, Double controlValue, Double treatmentValue,
                              Double relativeDifference, Double pValue, boolean flagged, String nullReason) {
    }

    record AnalysisOut(String issueKey, String status, boolean hasResults, SnapshotOut snapshot, String control, Double confidenceLevel,
                       Boolean interim, List<VariantAnalysisOut> variants, SrmOut srm, List<GuardrailResultOut> guardrails, PlanOut plan) {
    }

    static ExperimentOut experiment(ExperimentView view, UserDirectory users) {
        Experiment e = view.experiment();
        ExperimentDesign d = e.design();
        DecisionRecord decision = e.decision();
        RevisionInfo revision = e.revision();
        return new ExperimentOut(view.issue().key(), view.issue().summary(),
                new HypothesisOut(d.hypothesis().weBelieve(), d.hypothesis().willResultIn(), d.hypothesis().measuredBy(), d.hypothesis().sentence()),
                new MetricOut(d.primaryMetric().name(), d.primaryMetric().type().name(), d.primaryMetric().direction().name()),
                d.guardrails().stream().map(g -> new GuardrailOut(g.name(), g.type().name(), g.direction().name(), g.margin())).toList(),
                d.variants().stream().map(v -> new VariantOut(v.name(), v.allocation(), v.control())).toList(),
                d.alpha(), d.power(), d.mde(), d.baselineRate(), d.baselineMean(), d.baselineSd(), d.dailyUsers(),
                d.plannedStart() == null ? null : d.plannedStart().toString(), d.plannedEnd() == null ? null : d.plannedEnd().toString(),
                e.status().name(), revision.revision(),
                decision == null ? null : decision.decision().name(), decision == null ? null : decision.rationale(),
                decision == null ? null : decision.srmAcknowledgement(), decision == null ? null : user(decision.decidedBy(), users),
                decision == null ? null : time(decision.decidedAt()),
                PlanOut.of(view.plan()), view.canEdit(), view.lockedFields(),
                e.status().statusMoves().stream().map(Enum::name).sorted().toList(),
                user(e.createdBy(), users), time(e.createdAt()), user(revision.updatedBy(), users), time(revision.updatedAt()));
    }

    static SnapshotOut snapshot(ResultSnapshot s, UserDirectory users) {
        return new SnapshotOut(s.number(), s.source().name(), user(s.submittedBy(), users), time(s.submittedAt()), results(s.variants()),
                s.guardrails().stream().map(g -> new MetricResultsOut(g.name(), results(g.variants()))).toList());
    }

    private static List<ResultOut> results(List<VariantResult> variants) {
        return variants.stream().map(v -> switch (v) {
            case VariantResult.Conversion c -> new ResultOut(c.name(), c.users(), c.conversions(), null, null, null);
            case VariantResult.Continuous c -> new ResultOut(c.name(), null, null, c.n(), c.mean(), c.sd());
        }).toList();
    }

    static AnalysisOut analysis(ExperimentAnalysisView view, UserDirectory users) {
        Experiment e = view.experiment().experiment();
        String issueKey = view.experiment().issue().key();
        Analysis a = view.analysis();
        PlanOut plan = PlanOut.of(view.plan());
        String control = e.design().control().name();
        if (a == null) {
            return new AnalysisOut(issueKey, e.status().name(), false, null, control, null, null, List.of(), null, List.of(), plan);
        }
        Long planned = view.plan() == null ? null : view.plan().perVariant();
        List<VariantAnalysisOut> variants = a.variants().stream().map(v -> variant(v, planned)).toList();
        SrmResult srm = a.srm();
        return new AnalysisOut(issueKey, e.status().name(), true, snapshot(view.snapshot(), users), a.control(), a.confidenceLevel(), a.interim(),
                variants, srm == null ? null : new SrmOut(srm.chiSquare(), srm.pValue(), srm.detected(), srm.skippedReason()),
                a.guardrails().stream().map(ExperimentJson::guardrail).toList(), plan);
    }

    private static VariantAnalysisOut variant(VariantAnalysis v, Long planned) {
        Lift lift = v.control() ? null : new Lift(v.absoluteLift(), v.relativeLift());
        Interval ci = v.control() ? null : new Interval(v.ciLow(), v.ciHigh());
        Interval relative = v.control() ? null : new Interval(v.relCiLow(), v.relCiHigh());
        return new VariantAnalysisOut(v.name(), v.control(), v.sampleSize(), v.rate(), v.mean(), lift, ci, relative, v.pValue(), v.significant(),
                v.interim(), v.probabilityToBeatControl(), planned, v.nullReason(), v.note());
    }

    private static GuardrailResultOut guardrail(GuardrailResult g) {
        return new GuardrailResultOut(g.name(), g.variant(), g.type().name(), g.direction().name(), g.margin(), g.controlValue(), g.treatmentValue(),
                g.relativeDifference(), g.pValue(), g.flagged(), g.nullReason());
    }

    private static UserJson user(String key, UserDirectory users) {
        return key == null ? null : UserJson.of(users.resolve(key));
    }

    private static String time(Instant at) {
        return at == null ? null : at.toString();
    }
}

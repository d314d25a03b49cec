package io.prodops.governance.portfolio.domain;

import io.prodops.governance.common.domain.IssueFacts;
import io.prodops.governance.common.domain.IssueLinkFacts;
import io.prodops.governance.common.domain.VersionedConfig.Version;
import io.prodops.governance.common.port.IssueDirectory;
import io.prodops.governance.experiment.domain.Decision;
import io.prodops.governance.experiment.domain.ExperimentLinks;
import io.prodops.governance.experiment.domain.ExperimentRepository;
import io.prodops.governance.experiment.domain.ExperimentStatus;
import io.prodops.governance.experiment.domain.Variant;
import io.prodops.governance.experiment.domain.stats.SrmCheck;
import io.prodops.governance.prd.domain.PrdHeader;
import io.prodops.governance.prd.domain.PrdRepository;
import io.prodops.governance.readiness.domain.Evaluation;
import io.prodops.governance.readiness.domain.GateBindingRepository;
import io.prodops.governance.readiness.domain.GateBindings;
import io.prodops.governance.readiness.domain.GateResult;
import io.prodops.governance.readiness.domain.IssueFieldValues;
import io.prodops.governance.readiness.domain.ReadinessEvaluationRepository;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds the {@link PortfolioSummary} rows of a batch of initiatives from their inputs, each input read once for the
 * whole batch (a constant number of queries per batch, never one per row): PRD headers, the gate bindings, the latest
 * evaluations against the bound gate sets, the links of the initiatives, the experiments linked to them (states and,
 * for the ones taking results, the latest snapshot for the sample-ratio check), the target-date field, and the
 * published health rules. Nothing is evaluated: readiness comes from the stored evaluation.
 */
@Named
public class PortfolioSummaryBuilder {
    private final PrdRepository prds;
    private final GateBindingRepository bindings;
    private final ReadinessEvaluationRepository evaluations;
    private final ExperimentRepository experiments;
    private final IssueDirectory issues;
    private final IssueFieldValues fields;
    private final HealthRulesService healthRules;
    private final Clock clock;
    private final SrmCheck srm = new SrmCheck();

    @Inject
    public PortfolioSummaryBuilder(PrdRepository prds, GateBindingRepository bindings, ReadinessEvaluationRepository evaluations,
                                   ExperimentRepository experiments, IssueDirectory issues, IssueFieldValues fields,
                                   HealthRulesService healthRules, Clock clock) {
        this.prds = prds;
        this.bindings = bindings;
        this.evaluations = evaluations;
        this.experiments = experiments;
        this.issues = issues;
        this.fields = fields;
        this.healthRules = healthRules;
        this.clock = clock;
    }

    /**
     * The rows of these initiatives (the caller has decided they are initiatives), in the given order; at most
     * {@link PortfolioSummaryRepository#BATCH}. {@code updatedAt} and {@code refreshedAt} are now: the caller keeps
     * the stored {@code updatedAt} when the content did not change.
     */
    public List<PortfolioSummary> build(List<IssueFacts> initiatives, PortfolioSettings settings) {
        if (initiatives.size() > PortfolioSummaryRepository.BATCH) {
            throw new IllegalArgumentException("at most " + PortfolioSummaryRepository.BATCH + " initiatives per batch, got " + initiatives.size());
        }
        if (initiatives.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone() == null ? ZoneOffset.UTC : clock.getZone());
        List<Long> ids = initiatives.stream().map(IssueFacts::id).distinct().toList();

        Map<Long, PrdHeader> prdByIssue = prds.findHeaders(ids).stream().collect(Collectors.toMap(PrdHeader::issueId, Function.identity(), (a, b) -> a));
        Map<Long, Evaluation> evaluationByIssue = evaluations(initiatives);
        Map<Long, List<Long>> experimentsByInitiative = experimentsInforming(ids);
        Map<Long, ExperimentRepository.ExperimentState> states = new HashMap<>();
        Set<Long> experimentIds = new LinkedHashSet<>();
        experimentsByInitiative.values().forEach(experimentIds::addAll);
        if (!experimentIds.isEmpty()) {
            experiments.findStates(experimentIds).forEach(s -> states.put(s.issueId(), s));
        }
        Set<Long> srmExperiments = srmExperiments(states);
        Map<Long, LocalDate> targetDates = settings.targetDateField() == null
                ? Map.of() : fields.dates(initiatives, settings.targetDateField());
        java.util.Optional<Version<HealthRuleSet>> published = healthRules.published(null);
        HealthRuleSet rules = published.map(Version::content).orElseGet(HealthRuleSet::defaults);
        int rulesVersion = published.map(Version::version).orElse(0);

        List<PortfolioSummary> out = new ArrayList<>(initiatives.size());
        for (IssueFacts issue : initiatives) {
            PrdHeader prd = prdByIssue.get(issue.id());
            LocalDate target = settings.targetDateField() == null ? issue.dueDate() : targetDates.get(issue.id());
            PortfolioSummary draft = new PortfolioSummary(issue.id(), issue.key(), issue.summary(), issue.project().id(), issue.project().key(),
                    issue.issueType(), issue.assignee(), issue.statusCategory(), target,
                    prd == null ? null : new PortfolioSummary.Prd(prd.status(), prd.completeness()),
                    readiness(evaluationByIssue.get(issue.id())),
                    experiments(experimentsByInitiative.getOrDefault(issue.id(), List.of()), states, srmExperiments),
                    new Health(HealthColor.GREEN, List.of()), rulesVersion, today, now, now);
            Health health = storedForm(HealthEvaluator.evaluate(rules, draft.healthInputs(), today));
            out.add(new PortfolioSummary(draft.issueId(), draft.issueKey(), draft.summary(), draft.projectId(), draft.projectKey(), draft.issueType(),
                    draft.ownerKey(), draft.statusCategory(), draft.targetDate(), draft.prd(), draft.readiness(), draft.experiments(), health,
                    rulesVersion, today, now, now));
        }
        return out;
    }

    /**
     * The reasons with their arguments as they come back from storage (whole numbers as Integer when they fit, else
     * Long; other numbers as Double), so a rebuilt row equals the stored one when nothing changed and keeps its
     * {@code updatedAt} (a reason's {@code 22L} days would otherwise never equal the stored {@code 22}).
     */
    static Health storedForm(Health health) {
        return new Health(health.color(), health.reasons().stream()
                .map(m -> new io.prodops.governance.readiness.domain.Message(m.key(), m.args().stream().map(PortfolioSummaryBuilder::storedForm).toList()))
                .toList());
    }

    private static Object storedForm(Object arg) {
        if (arg instanceof Long || arg instanceof Integer || arg instanceof Short || arg instanceof Byte || arg instanceof java.math.BigInteger) {
            long value = ((Number) arg).longValue();
            return value == (int) value ? (Object) (int) value : (Object) value;
        }
        if (arg instanceof Number n) {
            return n.doubleValue();
        }
        return arg;
    }

    /** The latest evaluation of each initiative against the gate set bound to it (one binding read for the batch). */
    private Map<Long, Evaluation> evaluations(List<IssueFacts> initiatives) {
        GateBindings all = bindings.load();
        Map<Long, String> gatesetByIssue = new LinkedHashMap<>();
        for (IssueFacts issue : initiatives) {
            all.gatesetFor(issue.project().id(), issue.issueType()).ifPresent(key -> gatesetByIssue.put(issue.id(), key));
        }
        return gatesetByIssue.isEmpty() ? Map.of() : evaluations.latest(gatesetByIssue);
    }

    /**
     * Ready, gates passed (PASS or WAIVED) of all gates, and the titles of the blocking ones. The titles are those the
     * evaluation stored from the published gate-set version it ran against, so no gate set is read here.
     */
    static PortfolioSummary.Readiness readiness(Evaluation e) {
        if (e == null) {
            return null;
        }
        int passed = (int) e.gates().stream().filter(g -> g.status().letsThrough()).count();
        return new PortfolioSummary.Readiness(e.gatesetKey(), e.ready(), passed, e.gates().size(),
                e.blocking().stream().map(GateResult::title).toList(), e.evaluatedAt());
    }

    /** Initiative id -> the issues linked to it as experiments informing it (the experiment on the outward side). */
    private Map<Long, List<Long>> experimentsInforming(List<Long> initiativeIds) {
        Map<Long, List<Long>> out = new HashMap<>();
        issues.linksOf(initiativeIds).forEach((id, links) -> {
            List<Long> informing = links.stream()
                    .filter(l -> ExperimentLinks.LINK_TYPE.equalsIgnoreCase(l.linkType()) && l.direction() == IssueLinkFacts.Direction.INWARD)
                    .map(IssueLinkFacts::otherIssueId).distinct().toList();
            if (!informing.isEmpty()) {
                out.put(id, informing);
            }
        });
        return out;
    }

    /**
     * The experiments whose latest results show a sample-ratio mismatch. Only experiments still taking results
     * (RUNNING, ANALYSIS) count: once decided (SHIP needs the mismatch acknowledged) or abandoned, it no longer puts
     * the initiative at risk.
     */
    private Set<Long> srmExperiments(Map<Long, ExperimentRepository.ExperimentState> states) {
        List<Long> live = states.values().stream().filter(s -> s.status().acceptsResults()).map(ExperimentRepository.ExperimentState::issueId).toList();
        Set<Long> out = new java.util.HashSet<>();
        if (live.isEmpty()) {
            return out;
        }
        for (ExperimentRepository.LatestResults latest : experiments.latestResults(live)) {
            Map<String, Integer> allocation = new LinkedHashMap<>();
            for (Variant v : latest.variants()) {
                allocation.put(v.name(), v.allocation());
            }
            if (srm.check(latest.snapshot().variants(), allocation).detected()) {
                out.add(latest.issueId());
            }
        }
        return out;
    }

    /** Counts by status and decision of the linked issues that have an experiment; linked issues without one are skipped. */
    private static PortfolioSummary.Experiments experiments(List<Long> linked, Map<Long, ExperimentRepository.ExperimentState> states,
                                                            Set<Long> srmExperiments) {
        if (linked.isEmpty()) {
            return PortfolioSummary.Experiments.NONE;
        }
        Map<ExperimentStatus, Integer> byStatus = new EnumMap<>(ExperimentStatus.class);
        Map<Decision, Integer> decisions = new EnumMap<>(Decision.class);
        int srm = 0;
        for (long id : linked) {
            ExperimentRepository.ExperimentState state = states.get(id);
            if (state == null) {
                continue;
            }
            byStatus.merge(state.status(), 1, Integer::sum);
            if (state.decision() != null) {
                decisions.merge(state.decision(), 1, Integer::sum);
            }
            if (srmExperiments.contains(id)) {
                srm++;
            }
        }
        return byStatus.isEmpty() ? PortfolioSummary.Experiments.NONE : new PortfolioSummary.Experiments(byStatus, decisions, srm);
    }
}

package io.prodops.governance.experiment.domain;

import io.prodops.governance.common.domain.Access;
import io.prodops.governance.common.domain.AuditEntry;
import io.prodops.governance.common.domain.AuditLog;
import io.prodops.governance.common.domain.ConflictException;
import io.prodops.governance.common.domain.FieldError;
import io.prodops.governance.common.domain.IssueFacts;
import io.prodops.governance.common.domain.IssueLinkFacts;
import io.prodops.governance.common.domain.NotFoundException;
import io.prodops.governance.common.domain.Page;
import io.prodops.governance.common.domain.PageRequest;
import io.prodops.governance.common.domain.UserRef;
import io.prodops.governance.common.domain.ValidationException;
import io.prodops.governance.common.port.AccessPolicy;
import io.prodops.governance.common.port.IssueDirectory;
import io.prodops.governance.common.port.Transactions;
import io.prodops.governance.experiment.domain.stats.Analysis;
import io.prodops.governance.experiment.domain.stats.AnalysisInput;
import io.prodops.governance.experiment.domain.stats.ExperimentAnalyzer;
import io.prodops.governance.experiment.domain.stats.GuardrailInput;
import io.prodops.governance.experiment.domain.stats.Plan;
import io.prodops.governance.experiment.domain.stats.PlanRequest;
import io.prodops.governance.experiment.domain.stats.SampleSizePlanner;
import io.prodops.governance.experiment.domain.stats.VariantResult;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Experiments on Experiment issues: create and update the design (with its revision), move it through its statuses,
 * append result snapshots, analyse the latest one, record the decision. Every write is one transaction with its audit
 * event; permissions follow {@link Access} (browse to read, edit to design, enter results and decide).
 */
@Named
public class ExperimentService {
    public static final String AUDIT_SUBJECT = "EXPERIMENT";
    static final int MAX_RATIONALE = 4000;

    private final Access access;
    private final ExperimentRepository experiments;
    private final IssueDirectory issues;
    private final AccessPolicy policy;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;
    private final SampleSizePlanner planner = new SampleSizePlanner();
    private final ExperimentAnalyzer analyzer = new ExperimentAnalyzer();
    private final io.prodops.governance.common.port.IssueDataChanged changes;

    /** Without a change listener (tests). */
    public ExperimentService(Access access, ExperimentRepository experiments, IssueDirectory issues, AccessPolicy policy, AuditLog audit,
                             Transactions transactions, Clock clock) {
        this(access, experiments, issues, policy, audit, transactions, clock, io.prodops.governance.common.port.IssueDataChanged.NONE);
    }

    /** @param changes told after each committed write of an experiment (status, decision and results feed the portfolio) */
    @Inject
    public ExperimentService(Access access, ExperimentRepository experiments, IssueDirectory issues, AccessPolicy policy, AuditLog audit,
                             Transactions transactions, Clock clock, io.prodops.governance.common.port.IssueDataChanged changes) {
        this.changes = changes;
        this.access = access;
        this.experiments = experiments;
        this.issues = issues;
        this.policy = policy;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The planner on its own (no experiment needed): any logged-in user. Invalid requests are 400s naming the field. */
    public Plan plan(PlanRequest request) {
        access.requireUser();
        return planner.plan(request);
    }

    /** The smallest relative effect {@code days} of traffic can detect, or null when none in the valid range can be. */
    public Double detectableEffect(PlanRequest request, long days) {
        access.requireUser();
        return planner.detectableEffect(request, days);
    }

    public ExperimentView get(String issueKey) {
        IssueFacts issue = access.requireBrowsable(issueKey);
        return view(issue, experiments.findByIssueId(issue.id()).orElseThrow(ExperimentService::notFound));
    }

    public ExperimentView create(String issueKey, DesignInput input) {
        IssueFacts issue = access.requireEditable(issueKey);
        UserRef user = access.requireUser();
        ExperimentDesign design = DesignValidator.validate(input);
        return changed(issue, transactions.inTransaction(() -> {
            Optional<Experiment> existing = experiments.findByIssueId(issue.id());
            if (existing.isPresent()) {
                throw new ConflictException("EXPERIMENT_EXISTS", issue.key() + " already has an experiment.", AUDIT_SUBJECT, issue.id(),
                        existing.get().revision());
            }
            Experiment created = experiments.create(issue.id(), issue.project().id(), design, user.key());
            record(issue, "EXPERIMENT_CREATED", user, design.variants().size() + " variants, primary metric " + design.primaryMetric().name());
            return view(issue, created);
        }));
    }

    /**
     * Replaces the design. In DESIGN everything may change; from RUNNING on only what {@link DesignRules} leaves
     * editable (400 naming each locked field otherwise); DECIDED and ABANDONED experiments do not change (409).
     */
    public ExperimentView updateDesign(String issueKey, DesignInput input, Integer revision) {
        IssueFacts issue = access.requireEditable(issueKey);
        UserRef user = access.requireUser();
        requireRevision(revision);
        ExperimentDesign design = DesignValidator.validate(input);
        return changed(issue, transactions.inTransaction(() -> {
            Experiment current = experiments.lockAndLoad(issue.id()).orElseThrow(ExperimentService::notFound);
            if (current.status().isFinal()) {
                throw closed(issue, current);
            }
            List<FieldError> locked = DesignRules.lockedChanges(current.status(), current.design(), design);
            if (!locked.isEmpty()) {
                throw new ValidationException(locked);
            }
            experiments.save(issue.id(), design, current.status(), null, revision, user.key());
            record(issue, "DESIGN_UPDATED", user, "design changed in " + current.status());
            return view(issue, experiments.findByIssueId(issue.id()).orElseThrow());
        }));
    }

    /**
     * Moves the experiment along {@code DESIGN → RUNNING → ANALYSIS} (ANALYSIS may return to RUNNING) or to ABANDONED.
     * DECIDED is reached only by {@link #decide}. {@code revision} is optional: when given, a stale one is a 409.
     * Starting an experiment without a planned start date records today as its start.
     */
    public ExperimentView changeStatus(String issueKey, String status, Integer revision) {
        IssueFacts issue = access.requireEditable(issueKey);
        UserRef user = access.requireUser();
        ExperimentStatus target = parse(ExperimentStatus.class, status, "status", "DESIGN, RUNNING, ANALYSIS or ABANDONED");
        if (target == ExperimentStatus.DECIDED) {
            throw ValidationException.of("status", "an experiment is DECIDED by recording a decision (POST .../experiment/decision)");
        }
        return changed(issue, transactions.inTransaction(() -> {
            Experiment current = experiments.lockAndLoad(issue.id()).orElseThrow(ExperimentService::notFound);
            if (!current.status().statusMoves().contains(target)) {
                throw new ConflictException("INVALID_STATUS_CHANGE", "An experiment in " + current.status() + " cannot move to " + target
                        + (current.status().statusMoves().isEmpty() ? "" : "; it can move to " + current.status().statusMoves()) + ".",
                        AUDIT_SUBJECT, issue.id(), current.revision());
            }
            ExperimentDesign design = current.design();
            if (target == ExperimentStatus.RUNNING && design.plannedStart() == null) {
                design = withStart(design, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
            }
            experiments.save(issue.id(), design, target, null, revision == null ? current.revision().revision() : revision, user.key());
            record(issue, "STATUS_CHANGED", user, current.status() + " -> " + target);
            return view(issue, experiments.findByIssueId(issue.id()).orElseThrow());
        }));
    }

    /** Appends a cumulative snapshot from JSON (the UI or tooling). Results are taken while RUNNING or in ANALYSIS. */
    public ResultSnapshot addResults(String issueKey, ResultEntry.Upload upload, ResultSource source) {
        return addResults(issueKey, source, design -> ResultValidator.validate(design, upload));
    }

    /** Appends a cumulative snapshot from a CSV upload (see {@link ResultCsv} for the format). */
    public ResultSnapshot addResultsCsv(String issueKey, String csv) {
        return addResults(issueKey, ResultSource.CSV, design -> ResultCsv.read(csv, design));
    }

    private ResultSnapshot addResults(String issueKey, ResultSource source, Function<ExperimentDesign, ResultSnapshot.Results> parse) {
        IssueFacts issue = access.requireEditable(issueKey);
        UserRef user = access.requireUser();
        ExperimentDesign design = experiments.findByIssueId(issue.id()).orElseThrow(ExperimentService::notFound).design();
        ResultSnapshot.Results results = parse.apply(design); // 400 before any write; variants are locked once results are taken
        return changed(issue, transactions.inTransaction(() -> {
            Experiment current = experiments.lockAndLoad(issue.id()).orElseThrow(ExperimentService::notFound);
            if (!current.status().acceptsResults()) {
                throw new ConflictException("EXPERIMENT_NOT_RUNNING", "Results are entered while the experiment is RUNNING or in ANALYSIS; it is "
                        + current.status() + ".", AUDIT_SUBJECT, issue.id(), current.revision());
            }
            ResultSnapshot.Results checked = current.design().variants().equals(design.variants()) ? results : parse.apply(current.design());
            ResultSnapshot snapshot = experiments.addSnapshot(issue.id(), source, checked, user.key());
            record(issue, "RESULTS_ADDED", user, "snapshot " + snapshot.number() + " (" + source + "): " + describe(checked.variants()));
            return snapshot;
        }));
    }

    /** After the write committed: whoever derives data from experiments (the portfolio) is told, best effort. */
    private <T> T changed(IssueFacts issue, T result) {
        io.prodops.governance.common.port.IssueDataChanged.notifyQuietly(changes, List.of(issue.id()));
        return result;
    }

    public Page<ResultSnapshot> history(String issueKey, PageRequest page) {
        IssueFacts issue = access.requireBrowsable(issueKey);
        experiments.findByIssueId(issue.id()).orElseThrow(ExperimentService::notFound);
        return experiments.snapshots(issue.id(), page);
    }

    /** The latest snapshot analysed against the design and its planned sample. */
    public ExperimentAnalysisView analysis(String issueKey) {
        IssueFacts issue = access.requireBrowsable(issueKey);
        Experiment experiment = experiments.findByIssueId(issue.id()).orElseThrow(ExperimentService::notFound);
        ExperimentView view = view(issue, experiment);
        Optional<ResultSnapshot> latest = experiments.latestSnapshot(issue.id());
        return new ExperimentAnalysisView(view, latest.orElse(null), latest.map(s -> analyze(experiment.design(), view.plan(), s)).orElse(null),
                view.plan());
    }

    /**
     * Records SHIP, ITERATE or KILL with a rationale and moves the experiment to DECIDED (from RUNNING or ANALYSIS).
     * When the latest results show a sample-ratio mismatch, SHIP needs {@code srmAcknowledgement}: the reason to ship
     * anyway.
     */
    public ExperimentView decide(String issueKey, String decision, String rationale, String srmAcknowledgement, Integer revision) {
        IssueFacts issue = access.requireEditable(issueKey);
        UserRef user = access.requireUser();
        List<FieldError> errors = new ArrayList<>();
        Decision chosen = null;
        try {
            chosen = parse(Decision.class, decision, "decision", "SHIP, ITERATE or KILL");
        } catch (ValidationException e) {
            errors.addAll(e.errors());
        }
        String why = rationale == null ? "" : rationale.strip();
        if (why.isEmpty()) {
            errors.add(FieldError.of("rationale", "is required: say why"));
        } else if (why.length() > MAX_RATIONALE) {
            errors.add(FieldError.of("rationale", "is longer than " + MAX_RATIONALE + " characters"));
        }
        String ack = srmAcknowledgement == null || srmAcknowledgement.isBlank() ? null : srmAcknowledgement.strip();
        if (ack != null && ack.length() > MAX_RATIONALE) {
            errors.add(FieldError.of("acknowledgeSrm", "is longer than " + MAX_RATIONALE + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Decision d = chosen;
        return changed(issue, transactions.inTransaction(() -> {
            Experiment current = experiments.lockAndLoad(issue.id()).orElseThrow(ExperimentService::notFound);
            if (!current.status().acceptsDecision()) {
                throw new ConflictException("EXPERIMENT_NOT_DECIDABLE", "A decision is recorded while the experiment is RUNNING or in ANALYSIS; it is "
                        + current.status() + ".", AUDIT_SUBJECT, issue.id(), current.revision());
            }
            boolean srm = srmDetected(current);
            if (d == Decision.SHIP && srm && ack == null) {
                throw ValidationException.of("acknowledgeSrm", "the latest results show a sample-ratio mismatch: give the reason to ship anyway");
            }
            DecisionRecord recorded = new DecisionRecord(d, why, srm ? ack : null, user.key(), clock.instant());
            experiments.save(issue.id(), current.design(), ExperimentStatus.DECIDED, recorded,
                    revision == null ? current.revision().revision() : revision, user.key());
            record(issue, "DECIDED", user, d + (srm && ack != null ? " (sample-ratio mismatch acknowledged)" : "") + ": " + why);
            return view(issue, experiments.findByIssueId(issue.id()).orElseThrow());
        }));
    }

    /**
     * The experiments that inform an initiative or epic (issues linked to it with {@link ExperimentLinks#LINK_TYPE},
     * the experiment on the outward side) with their status and decision, for the launch-readiness
     * EXPERIMENTS_DECIDED gate. Full visibility (a gate's result must not depend on who looks); experiments are read
     * in one query. A linked issue without an experiment is listed with a null status.
     */
    public List<ExperimentDecisionSummary> decisionsInforming(long initiativeIssueId) {
        List<Long> ids = issues.links(initiativeIssueId).stream()
                .filter(l -> ExperimentLinks.LINK_TYPE.equalsIgnoreCase(l.linkType()) && l.direction() == IssueLinkFacts.Direction.INWARD)
                .map(IssueLinkFacts::otherIssueId).distinct().toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ExperimentRepository.ExperimentState> states = experiments.findStates(ids).stream()
                .collect(Collectors.toMap(ExperimentRepository.ExperimentState::issueId, Function.identity()));
        List<ExperimentDecisionSummary> out = new ArrayList<>();
        for (long id : ids) {
            Optional<IssueFacts> issue = issues.findById(id);
            if (issue.isEmpty()) {
                continue; // deleted meanwhile
            }
            ExperimentRepository.ExperimentState state = states.get(id);
            out.add(new ExperimentDecisionSummary(id, issue.get().key(), issue.get().summary(), state == null ? null : state.status(),
                    state == null ? null : state.decision(), state == null ? null : state.decidedAt()));
        }
        return out;
    }

    private boolean srmDetected(Experiment experiment) {
        Plan plan = plan(experiment.design());
        return experiments.latestSnapshot(experiment.issueId())
                .map(s -> analyze(experiment.design(), plan, s))
                .map(a -> a.srm() != null && a.srm().detected())
                .orElse(false);
    }

    private Analysis analyze(ExperimentDesign design, Plan plan, ResultSnapshot snapshot) {
        Map<String, Integer> allocation = new LinkedHashMap<>();
        Map<String, Long> planned = new LinkedHashMap<>();
        for (int i = 0; i < design.variants().size(); i++) {
            Variant v = design.variants().get(i);
            allocation.put(v.name(), v.allocation());
            planned.put(v.name(), plan == null ? Long.MAX_VALUE : plan.perArm().get(i)); // no plan: never past the planned sample
        }
        List<GuardrailInput> guardrails = new ArrayList<>();
        for (Guardrail g : design.guardrails()) {
            snapshot.guardrail(g.name()).ifPresent(r -> guardrails.add(new GuardrailInput(g.name(), g.type(), g.direction(), g.margin(), r.variants())));
        }
        List<VariantResult> variants = snapshot.variants();
        return analyzer.analyze(new AnalysisInput(design.primaryMetric().type(), design.primaryMetric().direction(), design.alpha(),
                design.control().name(), variants, allocation, planned, guardrails));
    }

    /** The sample the design implies; null when the planner cannot plan it (reported as such, never guessed). */
    Plan plan(ExperimentDesign d) {
        try {
            return planner.plan(planRequest(d));
        } catch (ValidationException e) {
            return null; // e.g. an MDE too small to plan for: the design is valid, the plan just does not exist
        }
    }

    static PlanRequest planRequest(ExperimentDesign d) {
        return new PlanRequest(d.primaryMetric().type(), d.baselineRate(), d.baselineMean(), d.baselineSd(), d.mde(), d.primaryMetric().direction(),
                d.alpha(), d.power(), d.variants().size(), d.variants().stream().map(Variant::allocation).toList(), d.dailyUsers());
    }

    private ExperimentView view(IssueFacts issue, Experiment experiment) {
        UserRef caller = access.caller().orElse(null);
        boolean canEdit = caller != null && policy.canEdit(caller, issue);
        return new ExperimentView(issue, experiment, plan(experiment.design()), canEdit, DesignRules.lockedFields(experiment.status()));
    }

    private static ExperimentDesign withStart(ExperimentDesign d, LocalDate start) {
        return new ExperimentDesign(d.hypothesis(), d.primaryMetric(), d.guardrails(), d.variants(), d.alpha(), d.power(), d.mde(), d.baselineRate(),
                d.baselineMean(), d.baselineSd(), d.dailyUsers(), start, d.plannedEnd() != null && d.plannedEnd().isBefore(start) ? null : d.plannedEnd());
    }

    private static String describe(List<VariantResult> variants) {
        return variants.stream().map(v -> switch (v) {
            case VariantResult.Conversion c -> c.name() + " " + c.conversions() + "/" + c.users();
            case VariantResult.Continuous c -> c.name() + " n=" + c.n();
        }).collect(Collectors.joining(", "));
    }

    private static void requireRevision(Integer revision) {
        if (revision == null) {
            throw ValidationException.of("revision", "is required: send the experiment revision you based your change on");
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, String allowed) {
        if (value == null || value.isBlank()) {
            throw ValidationException.of(field, "is required: " + allowed);
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ValidationException.of(field, "must be " + allowed);
        }
    }

    private static ConflictException closed(IssueFacts issue, Experiment current) {
        return new ConflictException("EXPERIMENT_CLOSED", "The experiment is " + current.status() + "; its design no longer changes.",
                AUDIT_SUBJECT, issue.id(), current.revision());
    }

    private void record(IssueFacts issue, String action, UserRef user, String summary) {
        audit.record(new AuditEntry(AUDIT_SUBJECT, String.valueOf(issue.id()), issue.id(), issue.project().id(), action, user.key(),
                clock.instant(), summary.length() > 1000 ? summary.substring(0, 1000) + "…" : summary, 1));
    }

    private static NotFoundException notFound() {
        return new NotFoundException("EXPERIMENT_NOT_FOUND", "This issue has no experiment yet.");
    }
}

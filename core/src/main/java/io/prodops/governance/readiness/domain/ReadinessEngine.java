package io.prodops.governance.readiness.domain;

import io.prodops.governance.common.domain.IssueFacts;
import io.prodops.governance.common.domain.StatusCategory;
import io.prodops.governance.prd.domain.PrdStatus;
import io.prodops.governance.readiness.domain.GateParams.ChildrenDoneParams;
import io.prodops.governance.readiness.domain.GateParams.FieldSetParams;
import io.prodops.governance.readiness.domain.GateParams.JqlMatchParams;
import io.prodops.governance.readiness.domain.GateParams.LinksResolvedParams;
import io.prodops.governance.readiness.domain.GateParams.PrdCompleteParams;
import io.prodops.governance.readiness.domain.GateParams.SignOffParams;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decides readiness from a facts snapshot: deterministic and side-effect free (same inputs, same evaluation). The
 * rules per gate kind are in docs/architecture.md "Readiness engine"; in short:
 * <ul>
 *   <li>facts that could not be gathered, a deleted field, a failing query: ERROR, which blocks (fail closed);</li>
 *   <li>a SIGN_OFF gate without a sign-off and EXPERIMENTS_DECIDED without the experiments capability are PENDING
 *       (waiting for something, not wrong) and also block when required;</li>
 *   <li>a waiver turns any outcome into WAIVED and keeps the outcome's reason and evidence visible.</li>
 * </ul>
 */
public final class ReadinessEngine {
    /** Evidence names at most this many issues one by one; the reason still counts all of them. */
    public static final int EVIDENCE_MAX = 20;
    private static final double EPSILON = 1e-9;
    private static final String P = "prodops.readiness.";

    public Evaluation evaluate(GateSetVersion set, ReadinessFacts facts, Instant now) {
        return evaluate(set, facts, now, null);
    }

    /** @param onlyGates evaluate only these gate keys (a workflow condition configured with a subset); null = all */
    public Evaluation evaluate(GateSetVersion set, ReadinessFacts facts, Instant now, Set<String> onlyGates) {
        List<GateResult> results = new ArrayList<>();
        for (Gate gate : set.gates()) {
            if (onlyGates == null || onlyGates.contains(gate.key())) {
                results.add(withWaiver(gate, decide(gate, facts), facts));
            }
        }
        boolean ready = results.stream().noneMatch(GateResult::blocks);
        return new Evaluation(set.key(), set.version(), facts.issue().id(), now, ready, results);
    }

    /** The undecorated outcome of one gate: status, reason, evidence. */
    record Outcome(GateStatus status, Message reason, List<Message> evidence) {
        static Outcome of(GateStatus status, Message reason, List<Message> evidence) {
            return new Outcome(status, reason, evidence);
        }

        static Outcome of(GateStatus status, Message reason) {
            return new Outcome(status, reason, List.of());
        }
    }

    private Outcome decide(Gate gate, ReadinessFacts facts) {
        String unavailable = facts.unavailable().get(gate.kind());
        if (unavailable != null) {
            return Outcome.of(GateStatus.ERROR, Message.of(P + "error.facts", unavailable));
        }
        return switch (gate.params()) {
            case GateParams.PrdApprovedParams p -> prdApproved(facts);
            case PrdCompleteParams p -> prdComplete(p, facts);
            case ChildrenDoneParams p -> childrenDone(p, facts);
            case LinksResolvedParams p -> linksResolved(p, facts);
            case FieldSetParams p -> fieldSet(p, facts);
            case JqlMatchParams p -> jqlMatch(gate.key(), p, facts);
            case GateParams.ExperimentsDecidedParams p -> experimentsDecided(facts);
            case SignOffParams p -> signOff(gate.key(), p, facts);
        };
    }

    private GateResult withWaiver(Gate gate, Outcome outcome, ReadinessFacts facts) {
        WaiverInfo waiver = facts.waivers().get(gate.key());
        SignOffInfo signOff = gate.kind() == GateKind.SIGN_OFF ? facts.signOffs().get(gate.key()) : null;
        if (waiver == null) {
            return new GateResult(gate.key(), gate.title(), gate.kind(), gate.required(), outcome.status(), outcome.reason(),
                    outcome.evidence(), signOff, null);
        }
        List<Message> evidence = new ArrayList<>();
        evidence.add(Message.of(P + "waived", waiver.waivedAt(), waiver.reason(), outcome.status().name()));
        evidence.addAll(outcome.evidence());
        return new GateResult(gate.key(), gate.title(), gate.kind(), gate.required(), GateStatus.WAIVED, outcome.reason(), evidence,
                signOff, waiver);
    }

    // ---------------------------------------------------------------- PRD

    private static Outcome prdApproved(ReadinessFacts facts) {
        if (facts.prd().isEmpty()) {
            return Outcome.of(GateStatus.FAIL, Message.of(P + "prd.none"));
        }
        PrdStatus status = facts.prd().get().status();
        if (status == PrdStatus.APPROVED) {
            return Outcome.of(GateStatus.PASS, Message.of(P + "prd.approved"));
        }
        return Outcome.of(GateStatus.FAIL, Message.of(P + "prd.status." + status.name().toLowerCase(Locale.ROOT)));
    }

    private static Outcome prdComplete(PrdCompleteParams params, ReadinessFacts facts) {
        if (facts.prd().isEmpty()) {
            return Outcome.of(GateStatus.FAIL, Message.of(P + "prd.none"));
        }
        PrdFacts prd = facts.prd().get();
        List<Message> evidence = new ArrayList<>();
        for (String section : prd.missingRequired()) {
            evidence.add(Message.of(P + "prd.missing", section));
        }
        if (prd.archivedSections() > 0) {
            evidence.add(Message.of(P + "prd.archived", prd.archivedSections()));
        }
        boolean enough = prd.completeness() + EPSILON >= params.threshold();
        return Outcome.of(enough ? GateStatus.PASS : GateStatus.FAIL,
                Message.of(P + (enough ? "prd.complete" : "prd.incomplete"), prd.completeness(), params.threshold()), evidence);
    }

    // ---------------------------------------------------------------- children and links

    private static Outcome childrenDone(ChildrenDoneParams params, ReadinessFacts facts) {
        List<IssueFacts> counted = new ArrayList<>();
        int ignored = 0;
        for (IssueFacts child : facts.children()) {
            if (isIgnored(child, params.ignoreTypes())) {
                ignored++;
            } else {
                counted.add(child);
            }
        }
        List<Message> evidence = new ArrayList<>();
        if (ignored > 0) {
            evidence.add(Message.of(P + "children.ignored", ignored));
        }
        if (counted.isEmpty()) {
            boolean pass = params.noChildren() == ChildrenDoneParams.NoChildren.PASS;
            return Outcome.of(pass ? GateStatus.PASS : GateStatus.FAIL, Message.of(P + (pass ? "children.none.pass" : "children.none.fail")), evidence);
        }
        if (counted.size() < params.minCount()) {
            return Outcome.of(GateStatus.FAIL, Message.of(P + "children.tooFew", counted.size(), params.minCount()), evidence);
        }
        return doneOutOf(counted, "children", evidence);
    }

    private static boolean isIgnored(IssueFacts issue, Set<String> ignoreTypes) {
        return issue.issueType() != null && ignoreTypes.stream().anyMatch(t -> t.equalsIgnoreCase(issue.issueType()));
    }

    private static Outcome linksResolved(LinksResolvedParams params, ReadinessFacts facts) {
        Map<Long, IssueFacts> linked = new LinkedHashMap<>(); // an issue linked twice counts once
        int deleted = 0;
        for (LinkedIssue l : facts.links()) {
            if (params.linkTypes().stream().noneMatch(spec -> spec.matches(l.link()))) {
                continue;
            }
            if (l.other() == null) {
                deleted++;
            } else {
                linked.putIfAbsent(l.other().id(), l.other());
            }
        }
        List<Message> evidence = new ArrayList<>();
        if (deleted > 0) {
            evidence.add(Message.of(P + "links.deleted", deleted));
        }
        String types = String.join(", ", params.linkTypes().stream()
                .map(s -> s.name() + " (" + s.direction().name().toLowerCase(Locale.ROOT) + ")").toList());
        if (linked.isEmpty()) {
            return Outcome.of(GateStatus.PASS, Message.of(P + "links.none", types), evidence);
        }
        return doneOutOf(new ArrayList<>(linked.values()), "links", evidence);
    }

    /** PASS when every issue is Done; otherwise FAIL naming the open ones ("3 of 5 child issues done — ABC-12 ... still open"). */
    private static Outcome doneOutOf(List<IssueFacts> issues, String what, List<Message> evidence) {
        List<IssueFacts> open = issues.stream().filter(i -> i.statusCategory() != StatusCategory.DONE).toList();
        if (open.isEmpty()) {
            return Outcome.of(GateStatus.PASS, Message.of(P + what + ".done", issues.size()), evidence);
        }
        List<Message> all = new ArrayList<>(evidence);
        open.stream().limit(EVIDENCE_MAX).forEach(i -> all.add(Message.of(P + "issue.open", IssueMention.of(i), statusName(i))));
        if (open.size() > EVIDENCE_MAX) {
            all.add(Message.of(P + "issue.more", open.size() - EVIDENCE_MAX));
        }
        IssueList named = new IssueList(open.stream().map(IssueMention::of).toList());
        return Outcome.of(GateStatus.FAIL, Message.of(P + what + ".open", issues.size() - open.size(), issues.size(), named, open.size()), all);
    }

    private static String statusName(IssueFacts issue) {
        return issue.status() == null ? issue.statusCategory().name() : issue.status();
    }

    // ---------------------------------------------------------------- fields and queries

    private static Outcome fieldSet(FieldSetParams params, ReadinessFacts facts) {
        FieldValue value = facts.fields().get(params.field());
        if (value == null) {
            return Outcome.of(GateStatus.ERROR, Message.of(P + "field.notGathered", params.field()));
        }
        if (!value.known()) {
            return Outcome.of(GateStatus.ERROR, Message.of(P + "field.unknown", params.field()));
        }
        return value.present()
                ? Outcome.of(GateStatus.PASS, Message.of(P + "field.set", params.field()))
                : Outcome.of(GateStatus.FAIL, Message.of(P + "field.empty", params.field()));
    }

    private static Outcome jqlMatch(String gateKey, JqlMatchParams params, ReadinessFacts facts) {
        JqlOutcome outcome = facts.jql().get(gateKey);
        List<Message> evidence = List.of(Message.of(P + "jql.query", params.jql() == null ? "" : params.jql()));
        if (outcome == null) {
            return Outcome.of(GateStatus.ERROR, Message.of(P + "jql.notRun"), evidence);
        }
        if (outcome.isError()) {
            return Outcome.of(GateStatus.ERROR, Message.of(P + "jql.error", outcome.error()), evidence);
        }
        if (!params.countMode()) {
            return outcome.matched()
                    ? Outcome.of(GateStatus.PASS, Message.of(P + "jql.matches"), evidence)
                    : Outcome.of(GateStatus.FAIL, Message.of(P + "jql.noMatch"), evidence);
        }
        int max = params.maxResults();
        List<Message> all = new ArrayList<>(evidence);
        outcome.hits().stream().limit(EVIDENCE_MAX).forEach(i -> all.add(Message.of(P + "jql.hit", IssueMention.of(i), statusName(i))));
        if (outcome.count() <= max) {
            return Outcome.of(GateStatus.PASS, Message.of(P + "jql.withinLimit", outcome.count(), max), all);
        }
        return Outcome.of(GateStatus.FAIL, Message.of(P + "jql.overLimit", max), all);
    }

    // ---------------------------------------------------------------- experiments and sign-offs

    private static Outcome experimentsDecided(ReadinessFacts facts) {
        if (facts.experiments().isEmpty()) {
            return Outcome.of(GateStatus.PENDING, Message.of(P + "experiments.unavailable"));
        }
        List<ExperimentDecisionFact> experiments = facts.experiments().get();
        if (experiments.isEmpty()) {
            return Outcome.of(GateStatus.PASS, Message.of(P + "experiments.none"));
        }
        List<Message> evidence = new ArrayList<>();
        List<IssueMention> undecided = new ArrayList<>();
        for (ExperimentDecisionFact e : experiments) {
            IssueMention mention = new IssueMention(e.issueId(), e.key(), null);
            if (e.decided()) {
                evidence.add(Message.of(P + "experiments.decision", mention, e.decision()));
            } else {
                undecided.add(mention);
                evidence.add(Message.of(P + "experiments.undecided.one", mention, e.status() == null ? "" : e.status()));
            }
        }
        if (undecided.isEmpty()) {
            return Outcome.of(GateStatus.PASS, Message.of(P + "experiments.decided", experiments.size()), evidence);
        }
        return Outcome.of(GateStatus.FAIL, Message.of(P + "experiments.undecided", experiments.size() - undecided.size(),
                experiments.size(), new IssueList(undecided), undecided.size()), evidence);
    }

    private static Outcome signOff(String gateKey, SignOffParams params, ReadinessFacts facts) {
        SignOffInfo signOff = facts.signOffs().get(gateKey);
        String group = params.group() == null ? "" : params.group();
        if (signOff == null) {
            return Outcome.of(GateStatus.PENDING, Message.of(P + "signoff.waiting", group));
        }
        List<Message> evidence = signOff.note() == null || signOff.note().isBlank()
                ? List.of() : List.of(Message.of(P + "signoff.note", signOff.note()));
        return Outcome.of(GateStatus.PASS, Message.of(P + "signoff.done", signOff.signedAt(), group), evidence);
    }
}

package io.prodops.governance.readiness.domain;

import io.prodops.governance.common.domain.Access;
import io.prodops.governance.common.domain.AccessDeniedException;
import io.prodops.governance.common.domain.AuditEntry;
import io.prodops.governance.common.domain.AuditLog;
import io.prodops.governance.common.domain.IssueFacts;
import io.prodops.governance.common.domain.NotFoundException;
import io.prodops.governance.common.domain.Page;
import io.prodops.governance.common.domain.PageRequest;
import io.prodops.governance.common.domain.UserRef;
import io.prodops.governance.common.domain.ValidationException;
import io.prodops.governance.common.port.Transactions;
import io.prodops.governance.common.port.UserDirectory;
import io.prodops.governance.readiness.domain.GateApproval.Kind;
import io.prodops.governance.readiness.domain.GateParams.SignOffParams;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Launch readiness of issues, for the REST API and the issue panel: fresh evaluations (decided with full visibility,
 * rendered with the reader's), sign-offs (members of the gate's group, or ops managers) and waivers (ops managers,
 * required gates, mandatory reason), each with its revoke, and the snapshots recorded at transitions. Every change is
 * one transaction with its audit event; the fresh evaluation that follows it is stored on its own.
 */
@Named
public class ReadinessService {
    public static final String AUDIT_SUBJECT = "READINESS";
    public static final int MAX_NOTE_CHARS = 4000;

    private final Access access;
    private final ReadinessEvaluator evaluator;
    private final GateApprovalRepository approvals;
    private final ReadinessEvaluationRepository evaluations;
    private final ReaderMessages messages;
    private final UserDirectory users;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    @Inject
    public ReadinessService(Access access, ReadinessEvaluator evaluator, GateApprovalRepository approvals,
                            ReadinessEvaluationRepository evaluations, ReaderMessages messages, UserDirectory users, AuditLog audit,
                            Transactions transactions, Clock clock) {
        this.access = access;
        this.evaluator = evaluator;
        this.approvals = approvals;
        this.evaluations = evaluations;
        this.messages = messages;
        this.users = users;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A fresh evaluation (stored as the latest) against the named gate set, or the bound one when null. */
    public ReadinessView evaluate(String issueKey, String gatesetKey) {
        IssueFacts issue = access.requireBrowsable(issueKey);
        GateSetVersion set = evaluator.resolve(issue, gatesetKey);
        return view(issue, set, evaluator.evaluateAndStore(issue, set));
    }

    /** The checks of {@link #signOff} that come before the body is read (401, 404, 403), so a resource can run them first. */
    public void checkMaySignOff(String issueKey, String gatesetKey, String gateKey) {
        target(issueKey, gatesetKey, gateKey, Kind.SIGN_OFF);
    }

    public void checkMayWaive(String issueKey, String gatesetKey, String gateKey) {
        target(issueKey, gatesetKey, gateKey, Kind.WAIVER);
    }

    public ReadinessView signOff(String issueKey, String gatesetKey, String gateKey, String note) {
        Target t = target(issueKey, gatesetKey, gateKey, Kind.SIGN_OFF);
        String text = optionalText("note", note);
        return change(t, () -> {
            approvals.grant(t.issue.id(), t.issue.project().id(), t.set.key(), gateKey, Kind.SIGN_OFF, t.user.key(), text, now());
            record(t, "GATE_SIGNED_OFF", text);
        });
    }

    public ReadinessView revokeSignOff(String issueKey, String gatesetKey, String gateKey, String note) {
        Target t = target(issueKey, gatesetKey, gateKey, Kind.SIGN_OFF);
        String text = optionalText("note", note);
        return change(t, () -> {
            approvals.revoke(t.issue.id(), t.set.key(), gateKey, Kind.SIGN_OFF, t.user.key(), text, now())
                    .orElseThrow(() -> new NotFoundException("SIGNOFF_NOT_FOUND", "The gate " + gateKey + " has no sign-off to revoke."));
            record(t, "GATE_SIGNOFF_REVOKED", text);
        });
    }

    public ReadinessView waive(String issueKey, String gatesetKey, String gateKey, String reason) {
        Target t = target(issueKey, gatesetKey, gateKey, Kind.WAIVER);
        String text = optionalText("reason", reason);
        if (text == null) {
            throw ValidationException.of("reason", "is required: say why the gate may be passed over");
        }
        return change(t, () -> {
            approvals.grant(t.issue.id(), t.issue.project().id(), t.set.key(), gateKey, Kind.WAIVER, t.user.key(), text, now());
            record(t, "GATE_WAIVED", text);
        });
    }

    public ReadinessView revokeWaiver(String issueKey, String gatesetKey, String gateKey, String note) {
        Target t = target(issueKey, gatesetKey, gateKey, Kind.WAIVER);
        String text = optionalText("note", note);
        return change(t, () -> {
            approvals.revoke(t.issue.id(), t.set.key(), gateKey, Kind.WAIVER, t.user.key(), text, now())
                    .orElseThrow(() -> new NotFoundException("WAIVER_NOT_FOUND", "The gate " + gateKey + " has no waiver to revoke."));
            record(t, "GATE_WAIVER_REVOKED", text);
        });
    }

    /** The snapshots recorded at transitions, newest first; readers see them with their own visibility. */
    public Page<SnapshotView> snapshots(String issueKey, PageRequest page) {
        IssueFacts issue = access.requireBrowsable(issueKey);
        ReadinessMessages reader = messages.forReader(access.caller().orElse(null));
        return evaluations.snapshots(issue.id(), page).map(s -> new SnapshotView(s, s.userKey() == null ? null : users.resolve(s.userKey()),
                s.evaluation().gates().stream().map(g -> new SnapshotView.Gate(g, g.reason() == null ? null : reader.render(g.reason()))).toList()));
    }

    /** A snapshot with its gates' reasons rendered for the reader; {@code user} is null for a transition without a user. */
    public record SnapshotView(ReadinessSnapshot snapshot, UserRef user, List<Gate> gates) {
        public record Gate(GateResult result, ReadinessMessages.Rendered reason) {
        }
    }

    private record Target(IssueFacts issue, GateSetVersion set, Gate gate, UserRef user) {
    }

    private Target target(String issueKey, String gatesetKey, String gateKey, Kind kind) {
        IssueFacts issue = access.requireBrowsable(issueKey);
        UserRef user = access.requireUser();
        GateSetVersion set = evaluator.resolve(issue, gatesetKey);
        Gate gate = set.gate(gateKey).orElseThrow(() -> new NotFoundException("GATE_NOT_FOUND",
                "The gate set " + set.key() + " has no gate " + gateKey + "."));
        if (kind == Kind.SIGN_OFF) {
            if (!(gate.params() instanceof SignOffParams p)) {
                throw ValidationException.of("gateKey", gateKey + " is a " + gate.kind() + " gate; only SIGN_OFF gates are signed off");
            }
            if (!maySignOff(user, p)) {
                throw new AccessDeniedException("Only members of " + p.group() + " and ops managers can sign off " + gate.title() + ".");
            }
        } else {
            if (!access.isOpsManager(user)) {
                throw new AccessDeniedException("Only ops managers can waive gates.");
            }
            if (!gate.required()) {
                throw ValidationException.of("gateKey", gateKey + " is optional: only required gates block, and only they can be waived");
            }
        }
        return new Target(issue, set, gate, user);
    }

    private boolean maySignOff(UserRef user, SignOffParams p) {
        return access.isOpsManager(user) || (p.group() != null && users.isInGroup(user.key(), p.group()));
    }

    private ReadinessView change(Target t, Runnable write) {
        transactions.inTransaction(() -> {
            write.run();
            return null;
        });
        return view(t.issue, t.set, evaluator.evaluateAndStore(t.issue, t.set));
    }

    private void record(Target t, String action, String text) {
        String summary = t.set.key() + " / " + t.gate.key() + (text == null ? "" : ": " + text);
        audit.record(new AuditEntry(AUDIT_SUBJECT, String.valueOf(t.issue.id()), t.issue.id(), t.issue.project().id(), action, t.user.key(),
                now(), summary.length() > 1000 ? summary.substring(0, 1000) : summary, 1));
    }

    private ReadinessView view(IssueFacts issue, GateSetVersion set, Evaluation evaluation) {
        UserRef reader = access.caller().orElse(null);
        ReadinessMessages rendering = messages.forReader(reader);
        boolean ops = access.isOpsManager(reader);
        List<ReadinessView.GateView> gates = new ArrayList<>();
        for (GateResult result : evaluation.gates()) {
            Gate gate = set.gate(result.gateKey()).orElse(null);
            String group = gate != null && gate.params() instanceof SignOffParams p ? p.group() : null;
            boolean canSignOff = reader != null && gate != null && gate.params() instanceof SignOffParams p && maySignOff(reader, p);
            gates.add(new ReadinessView.GateView(result, result.reason() == null ? null : rendering.render(result.reason()),
                    rendering.renderEvidence(result.evidence()), group, canSignOff, ops && result.required()));
        }
        return new ReadinessView(issue, set, evaluation, gates);
    }

    private static String optionalText(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > MAX_NOTE_CHARS) {
            throw ValidationException.of(field, "must be at most " + MAX_NOTE_CHARS + " characters");
        }
        return text;
    }

    private Instant now() {
        return clock.instant();
    }
}

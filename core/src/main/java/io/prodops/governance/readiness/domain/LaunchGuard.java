package io.prodops.governance.readiness.domain;

import io.prodops.governance.common.domain.AuditEntry;
import io.prodops.governance.common.domain.AuditLog;
import io.prodops.governance.common.domain.GovernanceException;
import io.prodops.governance.common.domain.IssueFacts;
import io.prodops.governance.common.domain.UserRef;
import io.prodops.governance.common.port.Licensing;
import io.prodops.governance.common.port.Transactions;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What the host's workflow modules call (Jira: condition, validator, post-function; standalone: its Launch transition):
 * <ul>
 *   <li>{@link #cachedReady} for the condition: reads only the cached summary of the latest stored evaluation (on a
 *       miss, that one stored row), never searches and never evaluates; an issue never evaluated is shown as ready,
 *       because the validator enforces and explains, and hiding a button without a reason is what we set out to avoid;</li>
 *   <li>{@link #validate} for the validator: a fresh evaluation, stored, and the blocking gates with reasons the caller
 *       may read. Fails open when the app is unlicensed (with a warning), closed on every error;</li>
 *   <li>{@link #recordSnapshot} for the post-function: who, when, which transition, per-gate results.</li>
 * </ul>
 */
@Named
public class LaunchGuard {
    private static final Logger LOG = LoggerFactory.getLogger(LaunchGuard.class);
    /** The post-function records the validator's evaluation when it is at most this old, else evaluates again. */
    static final Duration SNAPSHOT_REUSE = Duration.ofMinutes(2);
    private static final String P = "prodops.readiness.validator.";

    private final ReadinessCache cache;
    private final ReadinessEvaluator evaluator;
    private final ReadinessEvaluationRepository evaluations;
    private final ReaderMessages messages;
    private final Licensing licensing;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    @Inject
    public LaunchGuard(ReadinessCache cache, ReadinessEvaluator evaluator, ReadinessEvaluationRepository evaluations, ReaderMessages messages,
                       Licensing licensing, AuditLog audit, Transactions transactions, Clock clock) {
        this.cache = cache;
        this.evaluator = evaluator;
        this.evaluations = evaluations;
        this.messages = messages;
        this.licensing = licensing;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * The condition's check, from the cache only.
     *
     * @param gatesetKey the configured gate set; blank shows the transition (the condition resolves no bindings)
     * @param gateSubset the configured gates, empty for all
     */
    public boolean cachedReady(IssueFacts issue, String gatesetKey, Set<String> gateSubset) {
        if (gatesetKey == null || gatesetKey.isBlank() || !licensing.licensed()) {
            return true;
        }
        try {
            return cache.latest(issue.id(), gatesetKey).map(s -> s.readyFor(gateSubset)).orElse(true);
        } catch (RuntimeException e) {
            LOG.warn("Readiness condition: cannot read the latest evaluation of {} for {}: {}", issue.key(), gatesetKey, e.toString());
            return false; // fail closed: the button stays hidden until the stored evaluation can be read
        }
    }

    /**
     * The validator's check.
     *
     * @param gatesetKey the configured gate set, or blank for the gate set bound to the issue (none bound: allowed)
     * @param gateSubset the configured gates, empty for all
     * @param caller     who attempts the transition (what they may browse decides what the reasons name), or null
     */
    public ValidationOutcome validate(IssueFacts issue, String gatesetKey, Set<String> gateSubset, UserRef caller, Locale locale, ZoneId zone) {
        ReadinessMessages text = messages.forReader(caller, locale, zone);
        if (!licensing.licensed()) {
            return new ValidationOutcome(true, text.text(Message.of(P + "unlicensed")), null, List.of(), null);
        }
        try {
            if ((gatesetKey == null || gatesetKey.isBlank()) && evaluator.boundGateSet(issue).isEmpty()) {
                return new ValidationOutcome(true, null, null, List.of(), null);
            }
            GateSetVersion set = evaluator.resolve(issue, gatesetKey);
            Evaluation evaluation = evaluator.evaluateAndStore(issue, set);
            List<ValidationOutcome.FailingGate> failing = new ArrayList<>();
            List<String> lines = new ArrayList<>();
            for (GateResult gate : evaluation.blocking()) {
                if (gateSubset == null || gateSubset.isEmpty() || gateSubset.contains(gate.gateKey())) {
                    String reason = gate.reason() == null ? gate.status().name() : text.text(gate.reason());
                    failing.add(new ValidationOutcome.FailingGate(gate.gateKey(), gate.title(), gate.status(), reason));
                    lines.add(text.text(Message.of(P + "gate", gate.title(), reason)));
                }
            }
            if (failing.isEmpty()) {
                return new ValidationOutcome(true, null, null, List.of(), evaluation);
            }
            String message = text.text(Message.of(P + "blocked", failing.size(), set.name() == null ? set.key() : set.name()))
                    + "\n" + String.join("\n", lines);
            return new ValidationOutcome(false, null, message, failing, evaluation);
        } catch (GovernanceException e) { // a named gate set that does not exist or is not published: a configuration error
            LOG.warn("Readiness validator on {}: {}", issue.key(), e.getMessage());
            return refused(text, e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Readiness validator on " + issue.key() + " failed; the transition is refused", e);
            return refused(text, e.getClass().getSimpleName());
        }
    }

    private static ValidationOutcome refused(ReadinessMessages text, String why) {
        return new ValidationOutcome(false, null, text.text(Message.of(P + "error", why)), List.of(), null);
    }

    /**
     * The post-function: records the evaluation the validator just made (or a fresh one when there is none from the
     * last {@link #SNAPSHOT_REUSE}) with who, when and which transition, and audits it. Never throws: a transition that
     * already happened must not fail on its audit record; a failure is logged.
     */
    public Optional<ReadinessSnapshot> recordSnapshot(IssueFacts issue, String gatesetKey, UserRef caller, String transitionName) {
        if (!licensing.licensed()) {
            return Optional.empty();
        }
        try {
            if ((gatesetKey == null || gatesetKey.isBlank()) && evaluator.boundGateSet(issue).isEmpty()) {
                return Optional.empty();
            }
            GateSetVersion set = evaluator.resolve(issue, gatesetKey);
            Instant now = clock.instant();
            Evaluation evaluation = evaluations.latest(issue.id(), set.key())
                    .filter(e -> e.version() == set.version() && !e.evaluatedAt().isBefore(now.minus(SNAPSHOT_REUSE)))
                    .orElseGet(() -> evaluator.evaluateAndStore(issue, set));
            String userKey = caller == null ? null : caller.key();
            return Optional.of(transactions.inTransaction(() -> {
                ReadinessSnapshot snapshot = evaluations.addSnapshot(issue.project().id(), evaluation, userKey, transitionName, now);
                audit.record(new AuditEntry(ReadinessService.AUDIT_SUBJECT, String.valueOf(issue.id()), issue.id(), issue.project().id(),
                        "READINESS_SNAPSHOT", userKey, now, set.key() + " v" + set.version() + (evaluation.ready() ? " ready" : " not ready")
                        + (transitionName == null ? "" : " at " + transitionName), 1));
                return snapshot;
            }));
        } catch (RuntimeException e) {
            LOG.error("Readiness snapshot of " + issue.key() + " could not be recorded", e);
            return Optional.empty();
        }
    }
}

package io.prodops.governance.readiness.domain;

import java.util.List;

/**
 * What the workflow validator decided and why, rendered for the person attempting the transition.
 *
 * @param allowed    whether the transition may go ahead
 * @param warning    rendered text to show although the transition goes ahead (unlicensed app), else null
 * @param message    rendered text explaining a refusal, one line per blocking gate, else null
 * @param failing    the blocking gates with their rendered reasons (empty when allowed)
 * @param evaluation the fresh evaluation, or null when none ran (unlicensed, no gate set, error)
 */
public record ValidationOutcome(boolean allowed, String warning, String message, List<FailingGate> failing, Evaluation evaluation) {
    public ValidationOutcome {
        failing = List.copyOf(failing);
    }

    /** @param reason rendered with the caller's visibility */
    public record FailingGate(String gateKey, String title, GateStatus status, String reason) {
    }
}

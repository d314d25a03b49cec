package io.prodops.governance.readiness.domain;

import java.util.List;

/**
 * The outcome of one gate. A waived gate keeps the reason and evidence it would have had, so readers see what was
 * waived.
 *
 * @param signedOff the active sign-off of a SIGN_OFF gate, or null
 * @param waiver    the active waiver, or null
 */
public record GateResult(String gateKey, String title, GateKind kind, boolean required, GateStatus status, Message reason,
                         List<Message> evidence, SignOffInfo signedOff, WaiverInfo waiver) {
    public GateResult {
        evidence = List.copyOf(evidence);
    }

    /** Whether this gate keeps the issue from being ready. */
    public boolean blocks() {
        return required && !status.letsThrough();
    }
}

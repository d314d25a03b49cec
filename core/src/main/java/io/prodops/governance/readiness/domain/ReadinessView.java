package io.prodops.governance.readiness.domain;

import io.prodops.governance.common.domain.IssueFacts;

import java.util.List;

/**
 * A fresh evaluation as one reader sees it: reasons and evidence rendered in their language and time zone with only
 * the issues they may browse, and what they may do on each gate.
 */
public record ReadinessView(IssueFacts issue, GateSetVersion gateSet, Evaluation evaluation, List<GateView> gates) {
    public ReadinessView {
        gates = List.copyOf(gates);
    }

    /**
     * @param group        the SIGN_OFF gate's group, else null
     * @param canSignOff   the reader may sign off (or revoke the sign-off of) this SIGN_OFF gate
     * @param canWaive     the reader may waive (or revoke the waiver of) this gate: ops managers, required gates
     */
    public record GateView(GateResult result, ReadinessMessages.Rendered reason, List<ReadinessMessages.Rendered> evidence, String group,
                           boolean canSignOff, boolean canWaive) {
        public GateView {
            evidence = List.copyOf(evidence);
        }
    }
}

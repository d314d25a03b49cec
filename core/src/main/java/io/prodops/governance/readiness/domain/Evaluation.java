package io.prodops.governance.readiness.domain;

import java.time.Instant;
import java.util.List;

/** The readiness of one issue against one published gate-set version: ready iff no required gate blocks. */
public record Evaluation(String gatesetKey, int version, long issueId, Instant evaluatedAt, boolean ready, List<GateResult> gates) {
    public Evaluation {
        gates = List.copyOf(gates);
    }

    public List<GateResult> blocking() {
        return gates.stream().filter(GateResult::blocks).toList();
    }
}

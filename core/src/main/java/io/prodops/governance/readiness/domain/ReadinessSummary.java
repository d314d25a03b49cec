package io.prodops.governance.readiness.domain;

import java.time.Instant;
import java.util.Set;

/**
 * The part of a stored evaluation the workflow condition needs, small enough to check in well under 10 µs.
 *
 * @param gates    every gate the evaluation covered
 * @param blocking the required gates that were neither PASS nor WAIVED
 */
public record ReadinessSummary(String gatesetKey, int version, Instant evaluatedAt, boolean ready, Set<String> gates, Set<String> blocking) {
    public ReadinessSummary {
        gates = Set.copyOf(gates);
        blocking = Set.copyOf(blocking);
    }

    public static ReadinessSummary of(Evaluation evaluation) {
        return new ReadinessSummary(evaluation.gatesetKey(), evaluation.version(), evaluation.evaluatedAt(), evaluation.ready(),
                evaluation.gates().stream().map(GateResult::gateKey).collect(java.util.stream.Collectors.toSet()),
                evaluation.blocking().stream().map(GateResult::gateKey).collect(java.util.stream.Collectors.toSet()));
    }

    /** Ready as far as {@code gateSubset} goes (all gates when empty); gates the evaluation did not cover are not held against it. */
    public boolean readyFor(Set<String> gateSubset) {
        if (gateSubset == null || gateSubset.isEmpty()) {
            return ready;
        }
        for (String gate : gateSubset) {
            if (blocking.contains(gate)) {
                return false;
            }
        }
        return true;
    }
}

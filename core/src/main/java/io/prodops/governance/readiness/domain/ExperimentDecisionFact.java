package io.prodops.governance.readiness.domain;

/**
 * An experiment linked to the gated issue.
 *
 * @param decision SHIP, ITERATE or KILL; null while undecided
 */
public record ExperimentDecisionFact(long issueId, String key, String status, String decision) {
    public boolean decided() {
        return decision != null && !decision.isBlank();
    }
}

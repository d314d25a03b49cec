package io.prodops.governance.readiness.domain;

import java.util.List;
import java.util.Optional;

/**
 * Port: the experiments that inform an issue (linked to it) and their decisions, for EXPERIMENTS_DECIDED gates. The
 * experiments capability provides the real one; until it is wired, {@link #UNAVAILABLE} keeps those gates PENDING.
 */
public interface ExperimentDecisions {
    /** @return the linked experiments, or empty when experiments are not available on this host */
    Optional<List<ExperimentDecisionFact>> decisionsInforming(long issueId);

    ExperimentDecisions UNAVAILABLE = issueId -> Optional.empty();
}

package io.prodops.governance.readiness.domain;

import jakarta.inject.Named;

import java.util.List;
import java.util.Optional;

/**
 * The {@link ExperimentDecisions} a host has until the experiments capability provides its own: none available, so
 * EXPERIMENTS_DECIDED gates stay PENDING. Remove this component when the real one is wired (one implementation only).
 */
@Named
public class UnavailableExperimentDecisions implements ExperimentDecisions {
    @Override
    public Optional<List<ExperimentDecisionFact>> decisionsInforming(long issueId) {
        return Optional.empty();
    }
}

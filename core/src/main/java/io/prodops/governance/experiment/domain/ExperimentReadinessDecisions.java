package io.prodops.governance.experiment.domain;

import io.prodops.governance.readiness.domain.ExperimentDecisionFact;
import io.prodops.governance.readiness.domain.ExperimentDecisions;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Optional;

/**
 * The experiments capability's answer to launch readiness's {@link ExperimentDecisions} port: the experiments linked to
 * an initiative ("informs") with their decisions, read with full visibility (a gate must not depend on who looks). A
 * linked issue without an experiment, or an abandoned one, has no decision, so an EXPERIMENTS_DECIDED gate fails until
 * it is decided or an ops manager waives the gate.
 */
@Named
public class ExperimentReadinessDecisions implements ExperimentDecisions {
    private final ExperimentService experiments;

    @Inject
    public ExperimentReadinessDecisions(ExperimentService experiments) {
        this.experiments = experiments;
    }

    @Override
    public Optional<List<ExperimentDecisionFact>> decisionsInforming(long issueId) {
        return Optional.of(experiments.decisionsInforming(issueId).stream()
                .map(s -> new ExperimentDecisionFact(s.experimentIssueId(), s.issueKey(), s.status() == null ? null : s.status().name(),
                        s.decision() == null ? null : s.decision().name()))
                .toList());
    }
}

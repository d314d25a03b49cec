package io.prodops.governance.jira.readiness;

import io.prodops.governance.readiness.domain.ExperimentDecisionFact;
import io.prodops.governance.readiness.domain.ExperimentDecisions;
import jakarta.inject.Named;

import java.util.List;
import java.util.Optional;

/**
 * {@link ExperimentDecisions} in Jira until the experiments capability provides the real one: experiments are not
 * available, so EXPERIMENTS_DECIDED gates stay PENDING. Remove this bean when a core implementation is wired (two
 * beans of the port would make the app's context ambiguous).
 */
@Named
public class JiraExperimentDecisions implements ExperimentDecisions {
    @Override
    public Optional<List<ExperimentDecisionFact>> decisionsInforming(long issueId) {
        return UNAVAILABLE.decisionsInforming(issueId);
    }
}

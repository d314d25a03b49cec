package io.prodops.governance.experiment.setup;

import io.prodops.governance.common.setup.SetupTask;
import io.prodops.governance.experiment.domain.ExperimentTypeService;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Creates the Experiment issue type and the "Informs" link type on first enable. Idempotent: the type is found again by
 * its recorded id (created again only if it was deleted), the link type by name. Never removes anything, also not on
 * uninstall: issues of the type would lose their type.
 */
@Named
public class ExperimentIssueTypeTask implements SetupTask {
    private final ExperimentTypeService experimentTypes;

    @Inject
    public ExperimentIssueTypeTask(ExperimentTypeService experimentTypes) {
        this.experimentTypes = experimentTypes;
    }

    @Override
    public String name() {
        return "experiment-issue-type";
    }

    @Override
    public boolean apply() {
        return experimentTypes.ensureInstalled();
    }
}

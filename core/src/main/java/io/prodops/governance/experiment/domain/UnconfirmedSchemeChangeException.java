package io.prodops.governance.experiment.domain;

import io.prodops.governance.common.domain.GovernanceException;
import io.prodops.governance.common.domain.ProjectRef;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Adding the type to a scheme would change projects the caller did not confirm (the confirmation must list exactly
 * the projects using the scheme now, so a scheme that gained a project since the page was loaded is asked again).
 */
public final class UnconfirmedSchemeChangeException extends GovernanceException {
    private final String schemeName;
    private final List<ProjectRef> affectedProjects;

    public UnconfirmedSchemeChangeException(String schemeName, List<ProjectRef> affectedProjects) {
        super("CONFIRMATION_REQUIRED", "Adding the Experiment type to the issue type scheme \"" + schemeName + "\" changes "
                + affectedProjects.size() + " project(s): " + affectedProjects.stream().map(ProjectRef::key).collect(Collectors.joining(", "))
                + ". Confirm exactly these projects, or copy the scheme for this project only.");
        this.schemeName = schemeName;
        this.affectedProjects = List.copyOf(affectedProjects);
    }

    public String schemeName() {
        return schemeName;
    }

    public List<ProjectRef> affectedProjects() {
        return affectedProjects;
    }
}

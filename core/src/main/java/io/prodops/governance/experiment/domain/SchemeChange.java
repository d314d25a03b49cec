package io.prodops.governance.experiment.domain;

import io.prodops.governance.common.domain.ProjectRef;

import java.util.List;

/**
 * The outcome of adding the Experiment type to a project.
 *
 * @param changed          false when the project already had the type (nothing was done)
 * @param schemeId         the scheme the project uses now (the copy, after {@link SchemeChangeMode#COPY_SCHEME})
 * @param affectedProjects the projects that gained the type
 */
public record SchemeChange(boolean changed, SchemeChangeMode mode, String schemeId, String schemeName, List<ProjectRef> affectedProjects) {
    public SchemeChange {
        affectedProjects = List.copyOf(affectedProjects);
    }
}

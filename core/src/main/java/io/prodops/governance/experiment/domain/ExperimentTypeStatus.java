package io.prodops.governance.experiment.domain;

import io.prodops.governance.common.domain.ProjectRef;
import io.prodops.governance.common.port.IssueTypeProvisioning.IssueTypeInfo;
import io.prodops.governance.common.port.IssueTypeProvisioning.LinkTypeInfo;

import java.util.List;

/**
 * Where the Experiment type stands: the type (null when it is not installed), the link type (null likewise), and every
 * project with its scheme and the other projects sharing that scheme.
 */
public record ExperimentTypeStatus(IssueTypeInfo issueType, LinkTypeInfo linkType, List<ProjectStatus> projects) {
    public ExperimentTypeStatus {
        projects = List.copyOf(projects);
    }

    /** @param sharedWith the other projects using the same scheme (a change to the scheme affects them too) */
    public record ProjectStatus(ProjectRef project, String schemeId, String schemeName, boolean defaultScheme, boolean present,
                                List<ProjectRef> sharedWith) {
        public ProjectStatus {
            sharedWith = List.copyOf(sharedWith);
        }
    }
}

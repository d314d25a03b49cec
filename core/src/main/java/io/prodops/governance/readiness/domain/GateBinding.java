package io.prodops.governance.readiness.domain;

import io.prodops.governance.common.domain.ProjectRef;

import java.util.List;

/**
 * A project's gate set, optionally narrowed to issue types.
 *
 * @param issueTypes issue type names; empty = every issue type of the project
 */
public record GateBinding(ProjectRef project, List<String> issueTypes, String gateset) {
    public GateBinding {
        issueTypes = issueTypes == null ? List.of() : List.copyOf(issueTypes);
    }

    public boolean covers(String issueType) {
        return issueTypes.isEmpty() || (issueType != null && issueTypes.stream().anyMatch(t -> t.equalsIgnoreCase(issueType)));
    }
}

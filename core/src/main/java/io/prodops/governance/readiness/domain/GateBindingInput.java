package io.prodops.governance.readiness.domain;

import java.util.List;

/** One binding as sent: the project by key or id (one of them), optional issue type names, the gate set key. */
public record GateBindingInput(String projectKey, Long projectId, List<String> issueTypes, String gateset) {
    public GateBindingInput {
        issueTypes = issueTypes == null ? List.of() : issueTypes;
    }
}

package io.prodops.governance.readiness.storage;

import io.prodops.governance.common.storage.Updated;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * Which gate set applies to a project, optionally narrowed to one issue type: one row per (project, issue type). The
 * whole binding list has one revision (REV_CLAIM aggregate GATE_BINDINGS, id 0).
 */
@Preload
@Table("GATE_BINDING")
@Indexes(@Index(name = "gate_binding_project", methodNames = {"getProjectId", "getIssueType"}))
public interface GateBindingEntity extends Entity, Updated {
    @NotNull
    long getProjectId();

    void setProjectId(long projectId);

    /** The issue type's name (as IssueFacts carries it); null: every issue type of the project. */
    @StringLength(255)
    String getIssueType();

    void setIssueType(String issueType);

    @NotNull
    @StringLength(64)
    String getGatesetKey();

    void setGatesetKey(String gatesetKey);
}

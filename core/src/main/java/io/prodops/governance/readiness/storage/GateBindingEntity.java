package io.prodops.governance.readiness.storage;

import io.prodops.governance.common.storage.Updated;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** Which gate set applies to a project, optionally narrowed to one issue type. */
@Preload
@Table("GATE_BINDING")
@Indexes(@Index(name = "gate_binding_project", methodNames = {"getProjectId", "getIssueTypeId"}))
public interface GateBindingEntity extends Entity, Updated {
    @NotNull
    long getProjectId();

    void setProjectId(long projectId);

    /** null: every issue type of the project. */
    @StringLength(40)
    String getIssueTypeId();

    void setIssueTypeId(String issueTypeId);

    @NotNull
    @StringLength(64)
    String getGatesetKey();

    void setGatesetKey(String gatesetKey);
}

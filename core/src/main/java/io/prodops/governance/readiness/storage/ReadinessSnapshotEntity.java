package io.prodops.governance.readiness.storage;

import io.prodops.governance.common.storage.IssueBound;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

import java.util.Date;

/** An evaluation recorded at a workflow transition (who launched, with which gates), for audit. */
@Preload
@Table("READY_SNAPSHOT")
@Indexes(@Index(name = "ready_snapshot_issue", methodNames = {"getIssueId", "getTakenAt"}))
public interface ReadinessSnapshotEntity extends Entity, IssueBound {
    @NotNull
    @StringLength(64)
    String getGatesetKey();

    void setGatesetKey(String gatesetKey);

    @NotNull
    int getGatesetVersion();

    void setGatesetVersion(int gatesetVersion);

    boolean isReady();

    void setReady(boolean ready);

    @StringLength(255)
    String getTransitionName();

    void setTransitionName(String transitionName);

    @StringLength(255)
    @Indexed
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    Date getTakenAt();

    void setTakenAt(Date takenAt);

    /** When the recorded evaluation ran (the validator's, moments before the transition, or a fresh one). */
    @NotNull
    Date getEvaluatedAt();

    void setEvaluatedAt(Date evaluatedAt);

    /** Per-gate results as JSON, see EvaluationJson. */
    @StringLength(StringLength.UNLIMITED)
    String getResult();

    void setResult(String result);
}

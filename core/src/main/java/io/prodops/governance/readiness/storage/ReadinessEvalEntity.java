package io.prodops.governance.readiness.storage;

import io.prodops.governance.common.storage.IssueBound;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

import java.util.Date;

/** The latest readiness evaluation per (issue, gate set), so views never re-evaluate. */
@Preload
@Table("READY_EVAL")
@Indexes(@Index(name = "ready_eval_unique", methodNames = {"getIssueId", "getGatesetKey"}, unique = true))
public interface ReadinessEvalEntity extends Entity, IssueBound {
    @NotNull
    @StringLength(64)
    String getGatesetKey();

    void setGatesetKey(String gatesetKey);

    @NotNull
    int getGatesetVersion();

    void setGatesetVersion(int gatesetVersion);

    boolean isReady();

    void setReady(boolean ready);

    @NotNull
    Date getEvaluatedAt();

    void setEvaluatedAt(Date evaluatedAt);

    /** Per-gate results as JSON (status, reason key and arguments, evidence). */
    @StringLength(StringLength.UNLIMITED)
    String getResult();

    void setResult(String result);
}

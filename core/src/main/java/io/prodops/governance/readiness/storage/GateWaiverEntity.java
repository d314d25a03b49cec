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

/** An ops manager's waiver of a gate on one issue, with the mandatory reason; revoking sets RevokedAt. */
@Preload
@Table("GATE_WAIVER")
@Indexes(@Index(name = "gate_waiver_issue", methodNames = {"getIssueId", "getGatesetKey", "getGateKey"}))
public interface GateWaiverEntity extends Entity, IssueBound {
    @NotNull
    @StringLength(64)
    String getGatesetKey();

    void setGatesetKey(String gatesetKey);

    @NotNull
    @StringLength(64)
    String getGateKey();

    void setGateKey(String gateKey);

    @NotNull
    @StringLength(255)
    @Indexed
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getReason();

    void setReason(String reason);

    @NotNull
    Date getWaivedAt();

    void setWaivedAt(Date waivedAt);

    @StringLength(255)
    String getRevokedBy();

    void setRevokedBy(String revokedBy);

    Date getRevokedAt();

    void setRevokedAt(Date revokedAt);
}

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

/** A sign-off of a SIGN_OFF gate on one issue; revoking sets RevokedAt (kept for audit). */
@Preload
@Table("GATE_SIGNOFF")
@Indexes(@Index(name = "gate_signoff_issue", methodNames = {"getIssueId", "getGatesetKey", "getGateKey"}))
public interface GateSignOffEntity extends Entity, IssueBound {
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

    @StringLength(StringLength.UNLIMITED)
    String getNote();

    void setNote(String note);

    @NotNull
    Date getSignedAt();

    void setSignedAt(Date signedAt);

    @StringLength(255)
    String getRevokedBy();

    void setRevokedBy(String revokedBy);

    Date getRevokedAt();

    void setRevokedAt(Date revokedAt);
}

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

/**
 * A person's approval of one gate on one issue: a sign-off of a SIGN_OFF gate or an ops manager's waiver of any
 * required gate (KIND). One table for both so an evaluation reads them in one query. Revoking sets RevokedAt; rows are
 * never deleted (audit).
 */
@Preload
@Table("GATE_APPROVAL")
@Indexes(@Index(name = "gate_approval_issue", methodNames = {"getIssueId", "getGatesetKey"}))
public interface GateApprovalEntity extends Entity, IssueBound {
    @NotNull
    @StringLength(64)
    String getGatesetKey();

    void setGatesetKey(String gatesetKey);

    @NotNull
    @StringLength(64)
    String getGateKey();

    void setGateKey(String gateKey);

    /** SIGN_OFF or WAIVER. */
    @NotNull
    @StringLength(16)
    String getKind();

    void setKind(String kind);

    @NotNull
    @StringLength(255)
    @Indexed
    String getUserKey();

    void setUserKey(String userKey);

    /** The sign-off's note, or the waiver's (mandatory) reason. */
    @StringLength(StringLength.UNLIMITED)
    String getNote();

    void setNote(String note);

    @NotNull
    Date getGrantedAt();

    void setGrantedAt(Date grantedAt);

    @StringLength(255)
    String getRevokedBy();

    void setRevokedBy(String revokedBy);

    Date getRevokedAt();

    void setRevokedAt(Date revokedAt);

    @StringLength(StringLength.UNLIMITED)
    String getRevokeNote();

    void setRevokeNote(String revokeNote);
}

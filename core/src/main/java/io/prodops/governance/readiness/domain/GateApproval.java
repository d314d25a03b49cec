package io.prodops.governance.readiness.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A person's approval of one gate on one issue: a sign-off of a SIGN_OFF gate, or an ops manager's waiver of a
 * required gate. Sign-offs and waivers are kept when revoked (audit); only active ones count in an evaluation.
 *
 * @param note the sign-off's note (optional) or the waiver's reason (mandatory)
 */
public record GateApproval(long id, long issueId, String gatesetKey, String gateKey, Kind kind, String userKey, String note,
                           Instant grantedAt, String revokedBy, Instant revokedAt, String revokeNote) {
    public enum Kind { SIGN_OFF, WAIVER }

    public GateApproval {
        Objects.requireNonNull(gatesetKey, "gatesetKey");
        Objects.requireNonNull(gateKey, "gateKey");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(userKey, "userKey");
        Objects.requireNonNull(grantedAt, "grantedAt");
    }

    public boolean active() {
        return revokedAt == null;
    }
}

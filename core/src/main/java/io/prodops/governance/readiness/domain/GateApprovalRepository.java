package io.prodops.governance.readiness.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Sign-offs and waivers of gates (domain-owned interface). Callers run writes in a transaction. A gate has at most one
 * active approval of each kind: granting again supersedes the active one (it is revoked by the new grantor, kept).
 */
public interface GateApprovalRepository {
    /** The active sign-offs and waivers of an issue for a gate set, oldest first, in one query. */
    List<GateApproval> active(long issueId, String gatesetKey);

    GateApproval grant(long issueId, long projectId, String gatesetKey, String gateKey, GateApproval.Kind kind, String userKey,
                       String note, Instant at);

    /** Revokes the active approval of that kind, keeping the row; empty when there is none. */
    Optional<GateApproval> revoke(long issueId, String gatesetKey, String gateKey, GateApproval.Kind kind, String userKey,
                                  String note, Instant at);

    /** Every approval of a gate, revoked ones included, newest first, at most {@code limit}. */
    List<GateApproval> history(long issueId, String gatesetKey, String gateKey, int limit);
}

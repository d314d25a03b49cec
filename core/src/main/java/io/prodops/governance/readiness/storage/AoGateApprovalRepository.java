package io.prodops.governance.readiness.storage;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.prodops.governance.readiness.domain.GateApproval;
import io.prodops.governance.readiness.domain.GateApprovalRepository;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/** {@link GateApprovalRepository} over {@link GateApprovalEntity}; reads use the (ISSUE_ID, GATESET_KEY) index. */
@Named
public class AoGateApprovalRepository implements GateApprovalRepository {
    private final ActiveObjects ao;

    @Inject
    public AoGateApprovalRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public List<GateApproval> active(long issueId, String gatesetKey) {
        return ao.executeInTransaction(() -> Arrays.stream(ao.find(GateApprovalEntity.class, Query.select()
                        .where("ISSUE_ID = ? AND GATESET_KEY = ? AND REVOKED_AT IS NULL", issueId, gatesetKey)
                        .order("ID ASC")))
                .map(AoGateApprovalRepository::toApproval).toList());
    }

    @Override
    public GateApproval grant(long issueId, long projectId, String gatesetKey, String gateKey, GateApproval.Kind kind, String userKey,
                              String note, Instant at) {
        return ao.executeInTransaction(() -> {
            for (GateApprovalEntity previous : activeRows(issueId, gatesetKey, gateKey, kind)) {
                revokeRow(previous, userKey, "superseded", at);
            }
            GateApprovalEntity row = ao.create(GateApprovalEntity.class,
                    new DBParam("ISSUE_ID", issueId), new DBParam("PROJECT_ID", projectId),
                    new DBParam("GATESET_KEY", gatesetKey), new DBParam("GATE_KEY", gateKey), new DBParam("KIND", kind.name()),
                    new DBParam("USER_KEY", userKey), new DBParam("NOTE", note), new DBParam("GRANTED_AT", Date.from(at)));
            return toApproval(row);
        });
    }

    @Override
    public Optional<GateApproval> revoke(long issueId, String gatesetKey, String gateKey, GateApproval.Kind kind, String userKey,
                                         String note, Instant at) {
        return ao.executeInTransaction(() -> {
            GateApprovalEntity[] rows = activeRows(issueId, gatesetKey, gateKey, kind);
            for (GateApprovalEntity row : rows) {
                revokeRow(row, userKey, note, at);
            }
            return rows.length == 0 ? Optional.<GateApproval>empty() : Optional.of(toApproval(rows[rows.length - 1]));
        });
    }

    @Override
    public List<GateApproval> history(long issueId, String gatesetKey, String gateKey, int limit) {
        return ao.executeInTransaction(() -> Arrays.stream(ao.find(GateApprovalEntity.class, Query.select()
                        .where("ISSUE_ID = ? AND GATESET_KEY = ? AND GATE_KEY = ?", issueId, gatesetKey, gateKey)
                        .order("ID DESC").limit(limit)))
                .map(AoGateApprovalRepository::toApproval).toList());
    }

    private GateApprovalEntity[] activeRows(long issueId, String gatesetKey, String gateKey, GateApproval.Kind kind) {
        return ao.find(GateApprovalEntity.class, Query.select()
                .where("ISSUE_ID = ? AND GATESET_KEY = ? AND GATE_KEY = ? AND KIND = ? AND REVOKED_AT IS NULL", issueId, gatesetKey, gateKey, kind.name())
                .order("ID ASC"));
    }

    private static void revokeRow(GateApprovalEntity row, String userKey, String note, Instant at) {
        row.setRevokedBy(userKey);
        row.setRevokedAt(Date.from(at));
        row.setRevokeNote(note);
        row.save();
    }

    private static GateApproval toApproval(GateApprovalEntity e) {
        return new GateApproval(e.getID(), e.getIssueId(), e.getGatesetKey(), e.getGateKey(), GateApproval.Kind.valueOf(e.getKind()),
                e.getUserKey(), e.getNote(), e.getGrantedAt().toInstant(), e.getRevokedBy(),
                e.getRevokedAt() == null ? null : e.getRevokedAt().toInstant(), e.getRevokeNote());
    }
}

package io.prodops.governance.readiness.storage;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.prodops.governance.common.domain.Page;
import io.prodops.governance.common.domain.PageRequest;
import io.prodops.governance.common.storage.SqlFailures;
import io.prodops.governance.readiness.domain.Evaluation;
import io.prodops.governance.readiness.domain.ReadinessEvaluationRepository;
import io.prodops.governance.readiness.domain.ReadinessSnapshot;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.Optional;

/**
 * {@link ReadinessEvaluationRepository} over {@link ReadinessEvalEntity} (one row per issue and gate set, unique index)
 * and {@link ReadinessSnapshotEntity} (append-only). Results are stored as {@link EvaluationJson}.
 */
@Named
public class AoReadinessEvaluationRepository implements ReadinessEvaluationRepository {
    /** Issue ids per IN (...) query: below every database's parameter limit (Oracle's 1000 list items). */
    static final int IDS_PER_QUERY = 500;
    private final ActiveObjects ao;

    @Inject
    public AoReadinessEvaluationRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    /**
     * Update or insert. Two first evaluations of the same pair at once: the unique index refuses the second insert;
     * both evaluations are equally fresh, so the loser updates the winner's row instead. Call it in a transaction of
     * its own (a failed insert spoils the transaction it ran in on PostgreSQL).
     */
    @Override
    public void storeLatest(long projectId, Evaluation evaluation) {
        try {
            upsert(projectId, evaluation);
        } catch (RuntimeException e) {
            if (!SqlFailures.isLostRace(e)) {
                throw e;
            }
            upsert(projectId, evaluation);
        }
    }

    private void upsert(long projectId, Evaluation e) {
        ao.executeInTransaction(() -> {
            String result = EvaluationJson.encode(e.gates());
            ReadinessEvalEntity row = row(e.issueId(), e.gatesetKey());
            if (row == null) {
                ao.create(ReadinessEvalEntity.class, new DBParam("ISSUE_ID", e.issueId()), new DBParam("PROJECT_ID", projectId),
                        new DBParam("GATESET_KEY", e.gatesetKey()), new DBParam("GATESET_VERSION", e.version()),
                        new DBParam("READY", e.ready()), new DBParam("EVALUATED_AT", Date.from(e.evaluatedAt())),
                        new DBParam("RESULT", result));
            } else {
                row.setProjectId(projectId);
                row.setGatesetVersion(e.version());
                row.setReady(e.ready());
                row.setEvaluatedAt(Date.from(e.evaluatedAt()));
                row.setResult(result);
                row.save();
            }
            return null;
        });
    }

    @Override
    public Optional<Evaluation> latest(long issueId, String gatesetKey) {
        return ao.executeInTransaction(() -> Optional.ofNullable(row(issueId, gatesetKey)).map(r -> EvaluationJson.decode(r.getGatesetKey(),
                r.getGatesetVersion(), r.getIssueId(), r.getEvaluatedAt().toInstant(), r.isReady(), r.getResult())));
    }

    /**
     * One query per {@value #IDS_PER_QUERY} issues: every latest row of those issues (one per gate set they were
     * evaluated against; few), keeping the one of the wanted gate set.
     */
    @Override
    public java.util.Map<Long, Evaluation> latest(java.util.Map<Long, String> gatesetByIssue) {
        java.util.List<Long> ids = java.util.List.copyOf(gatesetByIssue.keySet());
        java.util.Map<Long, Evaluation> out = new java.util.LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        return ao.executeInTransaction(() -> {
            for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
                java.util.List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
                ReadinessEvalEntity[] rows = ao.find(ReadinessEvalEntity.class, Query.select()
                        .where("ISSUE_ID IN (" + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ")", chunk.toArray()));
                for (ReadinessEvalEntity r : rows) {
                    if (r.getGatesetKey().equals(gatesetByIssue.get(r.getIssueId()))) {
                        out.put(r.getIssueId(), EvaluationJson.decode(r.getGatesetKey(), r.getGatesetVersion(), r.getIssueId(),
                                r.getEvaluatedAt().toInstant(), r.isReady(), r.getResult()));
                    }
                }
            }
            return out;
        });
    }

    private ReadinessEvalEntity row(long issueId, String gatesetKey) {
        ReadinessEvalEntity[] rows = ao.find(ReadinessEvalEntity.class, Query.select().where("ISSUE_ID = ? AND GATESET_KEY = ?", issueId, gatesetKey));
        return rows.length == 0 ? null : rows[0];
    }

    @Override
    public ReadinessSnapshot addSnapshot(long projectId, Evaluation e, String userKey, String transitionName, Instant takenAt) {
        return ao.executeInTransaction(() -> toSnapshot(ao.create(ReadinessSnapshotEntity.class,
                new DBParam("ISSUE_ID", e.issueId()), new DBParam("PROJECT_ID", projectId),
                new DBParam("GATESET_KEY", e.gatesetKey()), new DBParam("GATESET_VERSION", e.version()), new DBParam("READY", e.ready()),
                new DBParam("TRANSITION_NAME", transitionName), new DBParam("USER_KEY", userKey), new DBParam("TAKEN_AT", Date.from(takenAt)),
                new DBParam("EVALUATED_AT", Date.from(e.evaluatedAt())), new DBParam("RESULT", EvaluationJson.encode(e.gates())))));
    }

    @Override
    public Page<ReadinessSnapshot> snapshots(long issueId, PageRequest page) {
        return ao.executeInTransaction(() -> {
            int total = ao.count(ReadinessSnapshotEntity.class, Query.select().where("ISSUE_ID = ?", issueId));
            ReadinessSnapshotEntity[] rows = ao.find(ReadinessSnapshotEntity.class, Query.select().where("ISSUE_ID = ?", issueId)
                    .order("TAKEN_AT DESC, ID DESC").offset(page.offset()).limit(page.size()));
            return new Page<>(Arrays.stream(rows).map(AoReadinessEvaluationRepository::toSnapshot).toList(), total, page.page(), page.size());
        });
    }

    private static ReadinessSnapshot toSnapshot(ReadinessSnapshotEntity r) {
        Evaluation evaluation = EvaluationJson.decode(r.getGatesetKey(), r.getGatesetVersion(), r.getIssueId(), r.getEvaluatedAt().toInstant(),
                r.isReady(), r.getResult());
        return new ReadinessSnapshot(r.getID(), r.getIssueId(), r.getUserKey(), r.getTakenAt().toInstant(), r.getTransitionName(), evaluation);
    }
}

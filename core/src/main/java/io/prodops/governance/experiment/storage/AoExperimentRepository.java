package io.prodops.governance.experiment.storage;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.prodops.governance.common.domain.NotFoundException;
import io.prodops.governance.common.domain.Page;
import io.prodops.governance.common.domain.PageRequest;
import io.prodops.governance.common.domain.RevisionInfo;
import io.prodops.governance.common.storage.RevisionGuard;
import io.prodops.governance.experiment.domain.Decision;
import io.prodops.governance.experiment.domain.DecisionRecord;
import io.prodops.governance.experiment.domain.Experiment;
import io.prodops.governance.experiment.domain.ExperimentDesign;
import io.prodops.governance.experiment.domain.ExperimentRepository;
import io.prodops.governance.experiment.domain.ExperimentStatus;
import io.prodops.governance.experiment.domain.ResultSnapshot;
import io.prodops.governance.experiment.domain.ResultSource;
import io.prodops.governance.experiment.domain.Variant;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * {@link ExperimentRepository} over {@link ExperimentEntity}, {@link ExpVariantEntity} and {@link ExpResultEntity}.
 * Loading an experiment is two queries (the row by the unique ISSUE_ID index, its variants by EXPERIMENT_ID); the
 * revision is arbitrated by {@link RevisionGuard} as aggregate {@value #AGGREGATE} (id = issue id). Snapshots are
 * read one at a time or a page at a time, never all at once.
 */
@Named
public class AoExperimentRepository implements ExperimentRepository {
    public static final String AGGREGATE = "EXPERIMENT";
    /** Issue ids per IN (...) query: below every database's parameter limit (Oracle's 1000 list items). */
    static final int IDS_PER_QUERY = 500;

    private final ActiveObjects ao;
    private final RevisionGuard revisions;
    private final Clock clock;

    @Inject
    public AoExperimentRepository(ActiveObjects ao, RevisionGuard revisions, Clock clock) {
        this.ao = ao;
        this.revisions = revisions;
        this.clock = clock;
    }

    @Override
    public Optional<Experiment> findByIssueId(long issueId) {
        return ao.executeInTransaction(() -> row(issueId).map(this::toExperiment));
    }

    @Override
    public Optional<Experiment> lockAndLoad(long issueId) {
        return ao.executeInTransaction(() -> row(issueId).flatMap(row -> {
            row.setEditTicks(row.getEditTicks() + 1);
            row.save(); // UPDATE: holds the row lock until the caller's transaction ends
            return findByIssueId(issueId); // read again after the lock: a write that committed meanwhile is visible now
        }));
    }

    @Override
    public List<ExperimentState> findStates(Collection<Long> issueIds) {
        List<Long> ids = issueIds.stream().distinct().toList();
        List<ExperimentState> out = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
            String marks = String.join(", ", chunk.stream().map(id -> "?").toList());
            ExperimentEntity[] rows = ao.find(ExperimentEntity.class, Query.select("ID, ISSUE_ID, STATUS, DECISION, DECIDED_AT")
                    .where("ISSUE_ID IN (" + marks + ")", chunk.toArray()));
            for (ExperimentEntity row : rows) {
                out.add(new ExperimentState(row.getIssueId(), ExperimentStatus.valueOf(row.getStatus()),
                        row.getDecision() == null ? null : Decision.valueOf(row.getDecision()),
                        row.getDecidedAt() == null ? null : row.getDecidedAt().toInstant()));
            }
        }
        return out;
    }

    @Override
    public Experiment create(long issueId, long projectId, ExperimentDesign design, String userKey) {
        return ao.executeInTransaction(() -> {
            RevisionInfo first = revisions.start(AGGREGATE, issueId, userKey);
            Date at = Date.from(first.updatedAt());
            ExperimentEntity row = ao.create(ExperimentEntity.class,
                    new DBParam("ISSUE_ID", issueId), new DBParam("PROJECT_ID", projectId),
                    new DBParam("STATUS", ExperimentStatus.DESIGN.name()), new DBParam("REVISION", first.revision()),
                    new DBParam("EDIT_TICKS", 0), new DBParam("DESIGN", ExperimentCodec.encodeDesign(design)),
                    new DBParam("CREATED_BY", userKey), new DBParam("CREATED_AT", at),
                    new DBParam("UPDATED_BY", userKey), new DBParam("UPDATED_AT", at));
            insertVariants(row.getID(), design.variants());
            return findByIssueId(issueId).orElseThrow();
        });
    }

    @Override
    public RevisionInfo save(long issueId, ExperimentDesign design, ExperimentStatus status, DecisionRecord decision, int expectedRevision,
                             String userKey) {
        return ao.executeInTransaction(() -> {
            ExperimentEntity row = existing(issueId);
            RevisionInfo next = revisions.advance(AGGREGATE, issueId, expectedRevision, userKey);
            if (!variants(row.getID()).equals(design.variants())) {
                ao.deleteWithSQL(ExpVariantEntity.class, "EXPERIMENT_ID = ?", row.getID());
                insertVariants(row.getID(), design.variants());
            }
            row.setDesign(ExperimentCodec.encodeDesign(design));
            row.setStatus(status.name());
            row.setDecision(decision == null ? null : decision.decision().name());
            row.setRationale(decision == null ? null : decision.rationale());
            row.setSrmAcknowledgement(decision == null ? null : decision.srmAcknowledgement());
            row.setDecidedBy(decision == null ? null : decision.decidedBy());
            row.setDecidedAt(decision == null ? null : Date.from(decision.decidedAt()));
            row.setRevision(next.revision());
            row.setUpdatedBy(next.updatedBy());
            row.setUpdatedAt(Date.from(next.updatedAt()));
            row.save();
            return next;
        });
    }

    @Override
    public ResultSnapshot addSnapshot(long issueId, ResultSource source, ResultSnapshot.Results results, String userKey) {
        return ao.executeInTransaction(() -> {
            ExperimentEntity experiment = existing(issueId);
            ExpResultEntity[] latest = ao.find(ExpResultEntity.class, Query.select("ID, SNAPSHOT_NO")
                    .where("EXPERIMENT_ID = ?", experiment.getID()).order("SNAPSHOT_NO DESC").limit(1));
            int number = latest.length == 0 ? 1 : latest[0].getSnapshotNo() + 1;
            Date at = Date.from(clock.instant());
            ExpResultEntity row = ao.create(ExpResultEntity.class,
                    new DBParam("EXPERIMENT_ID", experiment.getID()), new DBParam("SNAPSHOT_NO", number),
                    new DBParam("SOURCE", source.name()), new DBParam("SUBMITTED_BY", userKey), new DBParam("SUBMITTED_AT", at),
                    new DBParam("DATA", ExperimentCodec.encodeSnapshot(results)));
            return toSnapshot(row);
        });
    }

    @Override
    public Optional<ResultSnapshot> latestSnapshot(long issueId) {
        return ao.executeInTransaction(() -> row(issueId).flatMap(experiment -> {
            ExpResultEntity[] latest = ao.find(ExpResultEntity.class, Query.select()
                    .where("EXPERIMENT_ID = ?", experiment.getID()).order("SNAPSHOT_NO DESC").limit(1));
            return latest.length == 0 ? Optional.empty() : Optional.of(toSnapshot(latest[0]));
        }));
    }

    /**
     * Four queries per {@value #IDS_PER_QUERY} issues whatever their number of snapshots: the experiments, their arms,
     * the snapshot numbers (id columns only), then the data of the newest snapshot of each.
     */
    @Override
    public List<LatestResults> latestResults(Collection<Long> issueIds) {
        List<Long> ids = issueIds.stream().distinct().toList();
        List<LatestResults> out = new ArrayList<>();
        if (ids.isEmpty()) {
            return out;
        }
        return ao.executeInTransaction(() -> {
            for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
                List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
                ExperimentEntity[] experiments = ao.find(ExperimentEntity.class, Query.select("ID, ISSUE_ID")
                        .where("ISSUE_ID IN (" + marks(chunk.size()) + ")", chunk.toArray()));
                if (experiments.length == 0) {
                    continue;
                }
                Object[] experimentIds = Arrays.stream(experiments).map(e -> (Object) e.getID()).toArray();
                java.util.Map<Integer, Integer> newest = new java.util.HashMap<>(); // experiment id -> result row id
                java.util.Map<Integer, Integer> newestNo = new java.util.HashMap<>();
                for (ExpResultEntity r : ao.find(ExpResultEntity.class, Query.select("ID, EXPERIMENT_ID, SNAPSHOT_NO")
                        .where("EXPERIMENT_ID IN (" + marks(experimentIds.length) + ")", experimentIds))) {
                    if (r.getSnapshotNo() > newestNo.getOrDefault(r.getExperimentId(), 0)) {
                        newestNo.put(r.getExperimentId(), r.getSnapshotNo());
                        newest.put(r.getExperimentId(), r.getID());
                    }
                }
                if (newest.isEmpty()) {
                    continue;
                }
                java.util.Map<Integer, List<Variant>> arms = new java.util.HashMap<>();
                for (ExpVariantEntity v : ao.find(ExpVariantEntity.class, Query.select()
                        .where("EXPERIMENT_ID IN (" + marks(newest.size()) + ")", newest.keySet().toArray()).order("EXPERIMENT_ID, POSITION ASC"))) {
                    arms.computeIfAbsent(v.getExperimentId(), k -> new ArrayList<>()).add(new Variant(v.getName(), v.getAllocation(), v.isControl()));
                }
                java.util.Map<Integer, ExpResultEntity> snapshots = new java.util.HashMap<>();
                for (ExpResultEntity r : ao.find(ExpResultEntity.class, Query.select()
                        .where("ID IN (" + marks(newest.size()) + ")", newest.values().toArray()))) {
                    snapshots.put(r.getExperimentId(), r);
                }
                for (ExperimentEntity e : experiments) {
                    ExpResultEntity snapshot = snapshots.get(e.getID());
                    if (snapshot != null) {
                        out.add(new LatestResults(e.getIssueId(), arms.getOrDefault(e.getID(), List.of()), toSnapshot(snapshot)));
                    }
                }
            }
            return out;
        });
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    @Override
    public Page<ResultSnapshot> snapshots(long issueId, PageRequest page) {
        return ao.executeInTransaction(() -> {
            ExperimentEntity experiment = existing(issueId);
            int total = ao.count(ExpResultEntity.class, Query.select().where("EXPERIMENT_ID = ?", experiment.getID()));
            ExpResultEntity[] rows = ao.find(ExpResultEntity.class, Query.select().where("EXPERIMENT_ID = ?", experiment.getID())
                    .order("SNAPSHOT_NO DESC").offset(page.offset()).limit(page.size()));
            return new Page<>(Arrays.stream(rows).map(AoExperimentRepository::toSnapshot).toList(), total, page.page(), page.size());
        });
    }

    private void insertVariants(int experimentId, List<Variant> variants) {
        for (int i = 0; i < variants.size(); i++) {
            Variant v = variants.get(i);
            ao.create(ExpVariantEntity.class, new DBParam("EXPERIMENT_ID", experimentId), new DBParam("POSITION", i),
                    new DBParam("NAME", v.name()), new DBParam("ALLOCATION", v.allocation()), new DBParam("CONTROL", v.control()));
        }
    }

    private List<Variant> variants(int experimentId) {
        ExpVariantEntity[] rows = ao.find(ExpVariantEntity.class, Query.select().where("EXPERIMENT_ID = ?", experimentId).order("POSITION ASC"));
        return Arrays.stream(rows).map(r -> new Variant(r.getName(), r.getAllocation(), r.isControl())).toList();
    }

    private Optional<ExperimentEntity> row(long issueId) {
        ExperimentEntity[] rows = ao.find(ExperimentEntity.class, Query.select().where("ISSUE_ID = ?", issueId).limit(1));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private ExperimentEntity existing(long issueId) {
        return row(issueId).orElseThrow(() -> new NotFoundException("EXPERIMENT_NOT_FOUND", "This issue has no experiment."));
    }

    private Experiment toExperiment(ExperimentEntity row) {
        ExperimentDesign design = ExperimentCodec.decodeDesign(row.getDesign(), variants(row.getID()));
        DecisionRecord decision = row.getDecision() == null ? null : new DecisionRecord(Decision.valueOf(row.getDecision()), row.getRationale(),
                row.getSrmAcknowledgement(), row.getDecidedBy(), row.getDecidedAt() == null ? null : row.getDecidedAt().toInstant());
        return new Experiment(row.getIssueId(), row.getProjectId(), design, ExperimentStatus.valueOf(row.getStatus()), decision,
                new RevisionInfo(row.getRevision(), row.getUpdatedBy(), row.getUpdatedAt().toInstant()), row.getCreatedBy(),
                row.getCreatedAt().toInstant());
    }

    private static ResultSnapshot toSnapshot(ExpResultEntity row) {
        ResultSnapshot.Results results = ExperimentCodec.decodeSnapshot(row.getData());
        return new ResultSnapshot(row.getSnapshotNo(), ResultSource.valueOf(row.getSource()), row.getSubmittedBy(),
                row.getSubmittedAt().toInstant(), results.variants(), results.guardrails());
    }
}

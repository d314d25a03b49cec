package io.prodops.governance.portfolio.storage;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.prodops.governance.common.domain.StatusCategory;
import io.prodops.governance.portfolio.domain.Health;
import io.prodops.governance.portfolio.domain.HealthColor;
import io.prodops.governance.portfolio.domain.PortfolioSummary;
import io.prodops.governance.portfolio.domain.PortfolioSummaryRepository;
import io.prodops.governance.prd.domain.PrdStatus;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * {@link PortfolioSummaryRepository} over {@link PortfolioSummaryEntity} (one row per issue, unique ISSUE_ID index).
 * Batched calls take at most {@link #BATCH} ids and run one {@code ISSUE_ID IN (..)} query; the id stream reads only
 * the id columns, in id order, through AO's streaming callback (no rows held in memory). JSON columns are written by
 * {@link PortfolioSummaryJson}.
 */
@Named
public class AoPortfolioSummaryRepository implements PortfolioSummaryRepository {
    /** Jira summaries are at most 255 characters; a longer host value is cut rather than failing the whole batch. */
    static final int TEXT = 255;
    /** Every column: a streamed row has only the columns its query selects. */
    static final String COLUMNS = "ID, ISSUE_ID, PROJECT_ID, ISSUE_KEY, SUMMARY, PROJECT_KEY, ISSUE_TYPE, OWNER_KEY, STATUS_CATEGORY, TARGET_DATE,"
            + " PRD_STATUS, PRD_COMPLETENESS, READY, GATESET_KEY, GATES_PASSED, GATES_TOTAL, BLOCKING, EVALUATED_AT, EXPERIMENTS,"
            + " EXPERIMENT_COUNT, SRM_COUNT, HEALTH, HEALTH_REASONS, RULES_VERSION, HEALTH_DAY, UPDATED_AT, REFRESHED_AT";

    private final ActiveObjects ao;

    @Inject
    public AoPortfolioSummaryRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<PortfolioSummary> find(long issueId) {
        return ao.executeInTransaction(() -> {
            PortfolioSummaryEntity[] rows = ao.find(PortfolioSummaryEntity.class, Query.select().where("ISSUE_ID = ?", issueId));
            return rows.length == 0 ? Optional.<PortfolioSummary>empty() : Optional.of(toSummary(rows[0]));
        });
    }

    @Override
    public List<PortfolioSummary> findByIssueIds(Collection<Long> issueIds) {
        List<Long> ids = bounded(issueIds);
        if (ids.isEmpty()) {
            return List.of();
        }
        // streamed: read-only rows with every column loaded by one query, no entity proxies kept (a portfolio request
        // reads all of the caller's rows, 500 at a time)
        List<PortfolioSummary> out = new ArrayList<>(ids.size());
        ao.executeInTransaction(() -> {
            ao.stream(PortfolioSummaryEntity.class, Query.select(COLUMNS).where("ISSUE_ID IN (" + marks(ids.size()) + ")", ids.toArray()),
                    row -> out.add(toSummary(row)));
            return null;
        });
        return out;
    }

    @Override
    public void upsert(List<PortfolioSummary> rows) {
        if (rows.size() > BATCH) {
            throw new IllegalArgumentException("at most " + BATCH + " rows per call, got " + rows.size());
        }
        if (rows.isEmpty()) {
            return;
        }
        Map<Long, PortfolioSummary> byIssue = new LinkedHashMap<>();
        rows.forEach(r -> byIssue.put(r.issueId(), r)); // the last one of an issue wins
        ao.executeInTransaction(() -> {
            Map<Long, PortfolioSummaryEntity> existing = new HashMap<>();
            for (PortfolioSummaryEntity e : rowsOf(List.copyOf(byIssue.keySet()))) {
                existing.put(e.getIssueId(), e);
            }
            for (PortfolioSummary s : byIssue.values()) {
                PortfolioSummaryEntity row = existing.get(s.issueId());
                if (row == null) {
                    ao.create(PortfolioSummaryEntity.class, params(s));
                } else {
                    write(row, s);
                    row.save();
                }
            }
            return null;
        });
    }

    @Override
    public int delete(Collection<Long> issueIds) {
        List<Long> ids = bounded(issueIds);
        if (ids.isEmpty()) {
            return 0;
        }
        return ao.executeInTransaction(() -> ao.deleteWithSQL(PortfolioSummaryEntity.class, "ISSUE_ID IN (" + marks(ids.size()) + ")",
                ids.toArray()));
    }

    @Override
    public void forEachIssueId(LongConsumer consumer) {
        ao.executeInTransaction(() -> {
            ao.stream(PortfolioSummaryEntity.class, Query.select("ID, ISSUE_ID").order("ISSUE_ID ASC"), row -> consumer.accept(row.getIssueId()));
            return null;
        });
    }

    @Override
    public long count() {
        return ao.executeInTransaction(() -> (long) ao.count(PortfolioSummaryEntity.class, Query.select()));
    }

    private PortfolioSummaryEntity[] rowsOf(List<Long> ids) {
        return ao.find(PortfolioSummaryEntity.class, Query.select().where("ISSUE_ID IN (" + marks(ids.size()) + ")", ids.toArray()));
    }

    private static List<Long> bounded(Collection<Long> issueIds) {
        List<Long> ids = issueIds.stream().distinct().toList();
        if (ids.size() > BATCH) {
            throw new IllegalArgumentException("at most " + BATCH + " issue ids per call, got " + ids.size());
        }
        return ids;
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    private static DBParam[] params(PortfolioSummary s) {
        PortfolioSummary.Readiness r = s.readiness();
        return new DBParam[]{
                new DBParam("ISSUE_ID", s.issueId()), new DBParam("PROJECT_ID", s.projectId()),
                new DBParam("ISSUE_KEY", s.issueKey()), new DBParam("SUMMARY", clip(s.summary())),
                new DBParam("PROJECT_KEY", clip(s.projectKey())), new DBParam("ISSUE_TYPE", clip(s.issueType())),
                new DBParam("OWNER_KEY", s.ownerKey()), new DBParam("STATUS_CATEGORY", s.statusCategory().name()),
                new DBParam("TARGET_DATE", iso(s.targetDate())),
                new DBParam("PRD_STATUS", s.prd() == null ? null : s.prd().status().name()),
                new DBParam("PRD_COMPLETENESS", s.prd() == null ? null : s.prd().completeness()),
                new DBParam("READY", r == null ? null : r.ready()), new DBParam("GATESET_KEY", r == null ? null : r.gatesetKey()),
                new DBParam("GATES_PASSED", r == null ? 0 : r.passed()), new DBParam("GATES_TOTAL", r == null ? 0 : r.total()),
                new DBParam("BLOCKING", r == null ? null : PortfolioSummaryJson.encodeTitles(r.blocking())),
                new DBParam("EVALUATED_AT", r == null || r.evaluatedAt() == null ? null : Date.from(r.evaluatedAt())),
                new DBParam("EXPERIMENTS", PortfolioSummaryJson.encodeExperiments(s.experiments())),
                new DBParam("EXPERIMENT_COUNT", s.experiments().count()), new DBParam("SRM_COUNT", s.experiments().srm()),
                new DBParam("HEALTH", s.health().color().name()),
                new DBParam("HEALTH_REASONS", PortfolioSummaryJson.encodeReasons(s.health().reasons())),
                new DBParam("RULES_VERSION", s.rulesVersion()), new DBParam("HEALTH_DAY", iso(s.healthDay())),
                new DBParam("UPDATED_AT", Date.from(s.updatedAt())), new DBParam("REFRESHED_AT", Date.from(s.refreshedAt()))};
    }

    private static void write(PortfolioSummaryEntity row, PortfolioSummary s) {
        PortfolioSummary.Readiness r = s.readiness();
        row.setProjectId(s.projectId());
        row.setIssueKey(s.issueKey());
        row.setSummary(clip(s.summary()));
        row.setProjectKey(clip(s.projectKey()));
        row.setIssueType(clip(s.issueType()));
        row.setOwnerKey(s.ownerKey());
        row.setStatusCategory(s.statusCategory().name());
        row.setTargetDate(iso(s.targetDate()));
        row.setPrdStatus(s.prd() == null ? null : s.prd().status().name());
        row.setPrdCompleteness(s.prd() == null ? null : s.prd().completeness());
        row.setReady(r == null ? null : r.ready());
        row.setGatesetKey(r == null ? null : r.gatesetKey());
        row.setGatesPassed(r == null ? 0 : r.passed());
        row.setGatesTotal(r == null ? 0 : r.total());
        row.setBlocking(r == null ? null : PortfolioSummaryJson.encodeTitles(r.blocking()));
        row.setEvaluatedAt(r == null || r.evaluatedAt() == null ? null : Date.from(r.evaluatedAt()));
        row.setExperiments(PortfolioSummaryJson.encodeExperiments(s.experiments()));
        row.setExperimentCount(s.experiments().count());
        row.setSrmCount(s.experiments().srm());
        row.setHealth(s.health().color().name());
        row.setHealthReasons(PortfolioSummaryJson.encodeReasons(s.health().reasons()));
        row.setRulesVersion(s.rulesVersion());
        row.setHealthDay(iso(s.healthDay()));
        row.setUpdatedAt(Date.from(s.updatedAt()));
        row.setRefreshedAt(Date.from(s.refreshedAt()));
    }

    static PortfolioSummary toSummary(PortfolioSummaryEntity e) {
        PortfolioSummary.Prd prd = e.getPrdStatus() == null ? null
                : new PortfolioSummary.Prd(PrdStatus.valueOf(e.getPrdStatus()), e.getPrdCompleteness() == null ? 0 : e.getPrdCompleteness());
        PortfolioSummary.Readiness readiness = e.getReady() == null ? null
                : new PortfolioSummary.Readiness(e.getGatesetKey(), e.getReady(), e.getGatesPassed(), e.getGatesTotal(),
                PortfolioSummaryJson.decodeTitles(e.getBlocking()), instant(e.getEvaluatedAt()));
        return new PortfolioSummary(e.getIssueId(), e.getIssueKey(), e.getSummary(), e.getProjectId(), e.getProjectKey(), e.getIssueType(),
                e.getOwnerKey(), StatusCategory.valueOf(e.getStatusCategory()), date(e.getTargetDate()), prd, readiness,
                PortfolioSummaryJson.decodeExperiments(e.getExperiments(), e.getSrmCount()),
                new Health(HealthColor.valueOf(e.getHealth()), PortfolioSummaryJson.decodeReasons(e.getHealthReasons())),
                e.getRulesVersion(), date(e.getHealthDay()), instant(e.getUpdatedAt()), instant(e.getRefreshedAt()));
    }

    private static String clip(String text) {
        if (text == null || text.length() <= TEXT) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(TEXT - 1)) ? TEXT - 1 : TEXT; // never split a surrogate pair
        return text.substring(0, end);
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}

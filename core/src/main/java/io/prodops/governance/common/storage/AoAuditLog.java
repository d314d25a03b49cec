package io.prodops.governance.common.storage;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.prodops.governance.common.domain.AuditEntry;
import io.prodops.governance.common.domain.AuditLog;
import io.prodops.governance.common.domain.Page;
import io.prodops.governance.common.domain.PageRequest;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Duration;
import java.util.Arrays;
import java.util.Date;
import java.util.Objects;

/** {@link AuditLog} in {@link AuditEventEntity}. Joins the caller's transaction when there is one. */
@Named
public class AoAuditLog implements AuditLog {
    private final ActiveObjects ao;

    @Inject
    public AoAuditLog(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void record(AuditEntry entry) {
        ao.executeInTransaction(() -> ao.create(AuditEventEntity.class,
                new DBParam("SUBJECT_TYPE", entry.entityType()),
                new DBParam("SUBJECT_KEY", entry.entityKey()),
                new DBParam("ISSUE_ID", entry.issueId()),
                new DBParam("PROJECT_ID", entry.projectId()),
                new DBParam("ACTION", entry.action()),
                new DBParam("ACTOR_KEY", entry.actorKey()),
                new DBParam("OCCURRED_AT", Date.from(entry.occurredAt())),
                new DBParam("CHANGE_COUNT", Math.max(1, entry.changeCount())),
                new DBParam("SUMMARY", entry.summary())));
    }

    @Override
    public void recordCoalescing(AuditEntry entry, Duration window) {
        ao.executeInTransaction(() -> {
            AuditEventEntity[] latest = ao.find(AuditEventEntity.class, Query.select()
                    .where("SUBJECT_TYPE = ? AND SUBJECT_KEY = ?", entry.entityType(), entry.entityKey())
                    .order("ID DESC")
                    .limit(1));
            if (latest.length == 1 && sameActorAndAction(latest[0], entry)
                    && !latest[0].getOccurredAt().toInstant().isBefore(entry.occurredAt().minus(window))) {
                AuditEventEntity event = latest[0];
                // the window is fixed from the event's first change: hours of autosaves become one event per window
                event.setChangeCount(event.getChangeCount() + Math.max(1, entry.changeCount()));
                event.setSummary(entry.summary());
                event.save();
            } else {
                record(entry);
            }
            return null;
        });
    }

    private static boolean sameActorAndAction(AuditEventEntity event, AuditEntry entry) {
        return Objects.equals(event.getActorKey(), entry.actorKey()) && event.getAction().equals(entry.action());
    }

    @Override
    public Page<AuditEntry> history(String entityType, String entityKey, PageRequest page) {
        return ao.executeInTransaction(() -> {
            String where = "SUBJECT_TYPE = ? AND SUBJECT_KEY = ?";
            int total = ao.count(AuditEventEntity.class, Query.select().where(where, entityType, entityKey));
            AuditEventEntity[] rows = ao.find(AuditEventEntity.class, Query.select()
                    .where(where, entityType, entityKey)
                    .order("ID DESC")
                    .offset(page.offset())
                    .limit(page.size()));
            return new Page<>(Arrays.stream(rows).map(AoAuditLog::toEntry).toList(), total, page.page(), page.size());
        });
    }

    private static AuditEntry toEntry(AuditEventEntity e) {
        return new AuditEntry(e.getSubjectType(), e.getSubjectKey(), e.getIssueId(), e.getProjectId(), e.getAction(),
                e.getActorKey(), e.getOccurredAt().toInstant(), e.getSummary(), e.getChangeCount());
    }
}

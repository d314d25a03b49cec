package io.prodops.governance.common.storage;

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
 * Audit log: who did what to which entity, when, with a short before/after summary. Issue and project ids are
 * null for events on global configuration (templates, gate sets).
 */
@Preload
@Table("AUDIT_EVENT")
@Indexes({
        @Index(name = "audit_entity", methodNames = {"getSubjectType", "getSubjectKey"}),
        @Index(name = "audit_issue", methodNames = {"getIssueId", "getOccurredAt"})
})
public interface AuditEventEntity extends Entity {
    @NotNull
    @StringLength(40)
    String getSubjectType();

    void setSubjectType(String subjectType);

    @NotNull
    @StringLength(255)
    String getSubjectKey();

    void setSubjectKey(String subjectKey);

    Long getIssueId();

    void setIssueId(Long issueId);

    @Indexed
    Long getProjectId();

    void setProjectId(Long projectId);

    @NotNull
    @StringLength(100)
    String getAction();

    void setAction(String action);

    @Indexed
    @StringLength(255)
    String getActorKey();

    void setActorKey(String actorKey);

    @NotNull
    Date getOccurredAt();

    void setOccurredAt(Date occurredAt);

    /** How many changes this event stands for (rapid autosaves by one user coalesce into one event). */
    int getChangeCount();

    void setChangeCount(int changeCount);

    @StringLength(StringLength.UNLIMITED)
    String getSummary();

    void setSummary(String summary);
}

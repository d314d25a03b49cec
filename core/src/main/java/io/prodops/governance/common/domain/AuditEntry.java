package io.prodops.governance.common.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One audit event: who did what to which entity, when, with a short before/after summary.
 *
 * @param entityType  e.g. SETTINGS, PRD_TEMPLATE, PRD
 * @param entityKey   the entity's stable key within its type (template key, issue id, ...)
 * @param issueId     the Jira issue, for issue-bound entities; null for global configuration
 * @param projectId   the issue's project, likewise
 * @param changeCount how many changes the event stands for (coalesced autosaves)
 */
public record AuditEntry(String entityType, String entityKey, Long issueId, Long projectId, String action,
                         String actorKey, Instant occurredAt, String summary, int changeCount) {
    public AuditEntry {
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(entityKey, "entityKey");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}

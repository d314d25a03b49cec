package io.prodops.governance.common.domain;

import java.time.Duration;

/** The audit log (domain-owned interface; stored by the storage layer). Events are never edited by users. */
public interface AuditLog {
    void record(AuditEntry entry);

    /**
     * Records {@code entry}, or folds it into the same actor's latest event of the same action on the same entity
     * when that event started less than {@code window} ago (rapid autosaves become one event per window; the event
     * keeps the time of its first change and the summary of its last).
     */
    void recordCoalescing(AuditEntry entry, Duration window);

    /** Newest first. */
    Page<AuditEntry> history(String entityType, String entityKey, PageRequest page);
}

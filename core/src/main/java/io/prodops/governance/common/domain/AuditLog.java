package io.prodops.governance.common.domain;

import java.time.Duration;

/** The audit log (domain-owned interface; stored by the storage layer). Events are never edited by users. */
public interface AuditLog {
    void record(AuditEntry entry);

    /**
     * Records {@code entry}, or folds it into the same actor's latest event of the same action on the same entity
     * when that event is younger than {@code window} (rapid autosaves become one event).
     */
    void recordCoalescing(AuditEntry entry, Duration window);

    /** Newest first. */
    Page<AuditEntry> history(String entityType, String entityKey, PageRequest page);
}

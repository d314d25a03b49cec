package io.prodops.governance.common.domain;

/**
 * A write was based on a stale revision. {@link #current()} is filled in once the failed transaction has been rolled
 * back (on PostgreSQL nothing more can be read inside it), see {@code Transactions}.
 */
public final class ConflictException extends GovernanceException {
    private final String aggregate;
    private final long aggregateId;
    private final RevisionInfo current;

    public ConflictException(String aggregate, long aggregateId, RevisionInfo current) {
        this("STALE_REVISION", "Someone else changed this in the meantime. Reload to see their change, then apply yours again.",
                aggregate, aggregateId, current);
    }

    /** A request the aggregate's current state does not allow (e.g. editing a PRD in review), with that state. */
    public ConflictException(String code, String message, String aggregate, long aggregateId, RevisionInfo current) {
        super(code, message);
        this.aggregate = aggregate;
        this.aggregateId = aggregateId;
        this.current = current;
    }

    public String aggregate() {
        return aggregate;
    }

    public long aggregateId() {
        return aggregateId;
    }

    public RevisionInfo current() {
        return current;
    }

    public ConflictException withCurrent(RevisionInfo info) {
        return new ConflictException(code(), getMessage(), aggregate, aggregateId, info);
    }
}

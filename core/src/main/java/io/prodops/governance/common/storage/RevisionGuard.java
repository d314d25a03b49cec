package io.prodops.governance.common.storage;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.prodops.governance.common.domain.ConflictException;
import io.prodops.governance.common.domain.RevisionInfo;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Clock;
import java.util.Date;

/**
 * Optimistic locking the database arbitrates. Every accepted write of a revisioned aggregate inserts
 * (aggregate, id, revision + 1) into {@link RevisionClaimEntity}, whose unique index lets exactly one of several
 * writers based on the same revision succeed; the others get {@link ConflictException}. Call inside the operation's
 * transaction, before the aggregate's own writes, so a lost race rolls everything back.
 */
@Named
public class RevisionGuard {
    private final ActiveObjects ao;
    private final Clock clock;

    @Inject
    public RevisionGuard(ActiveObjects ao, Clock clock) {
        this.ao = ao;
        this.clock = clock;
    }

    /** Records revision 1 of a new aggregate. */
    public RevisionInfo start(String aggregate, long aggregateId, String userKey) {
        return claim(aggregate, aggregateId, 1, userKey);
    }

    /**
     * Records the first revision of an aggregate that takes over from an older one (e.g. a PRD section re-created
     * under the same key by a template upgrade): numbering continues, so a client still holding the older one's
     * revision gets a conflict instead of writing into the new one.
     */
    public RevisionInfo startAt(String aggregate, long aggregateId, int revision, String userKey) {
        return claim(aggregate, aggregateId, revision, userKey);
    }

    /**
     * Accepts a write based on {@code expectedRevision}.
     *
     * @return the new revision (expected + 1) with its author and time
     * @throws ConflictException when the aggregate is no longer at {@code expectedRevision}
     */
    public RevisionInfo advance(String aggregate, long aggregateId, int expectedRevision, String userKey) {
        RevisionInfo current = current(aggregate, aggregateId);
        if (current.revision() != expectedRevision) {
            throw new ConflictException(aggregate, aggregateId, current);
        }
        return claim(aggregate, aggregateId, expectedRevision + 1, userKey);
    }

    /** The latest accepted revision, or revision 0 for an aggregate never written. */
    public RevisionInfo current(String aggregate, long aggregateId) {
        RevisionClaimEntity[] latest = ao.find(RevisionClaimEntity.class, Query.select()
                .where("AGGREGATE = ? AND AGGREGATE_ID = ?", aggregate, aggregateId)
                .order("REVISION DESC")
                .limit(1));
        if (latest.length == 0) {
            return new RevisionInfo(0, null, null);
        }
        return new RevisionInfo(latest[0].getRevision(), latest[0].getUserKey(), latest[0].getClaimedAt().toInstant());
    }

    private RevisionInfo claim(String aggregate, long aggregateId, int revision, String userKey) {
        Date now = Date.from(clock.instant());
        try {
            ao.create(RevisionClaimEntity.class,
                    new DBParam("AGGREGATE", aggregate),
                    new DBParam("AGGREGATE_ID", aggregateId),
                    new DBParam("REVISION", revision),
                    new DBParam("USER_KEY", userKey),
                    new DBParam("CLAIMED_AT", now));
        } catch (RuntimeException e) {
            if (SqlFailures.isLostRace(e)) {
                throw new ConflictException(aggregate, aggregateId, null); // current is read after the rollback
            }
            throw e;
        }
        return new RevisionInfo(revision, userKey, now.toInstant());
    }
}

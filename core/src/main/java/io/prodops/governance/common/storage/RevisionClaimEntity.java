package io.prodops.governance.common.storage;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

import java.util.Date;

/**
 * One row per accepted write of a revisioned aggregate. The unique index on (aggregate, id, revision) is what makes
 * optimistic locking hold: of several writers based on the same revision, the database lets exactly one insert
 * revision + 1 (AO's save() is an unconditional UPDATE, so a read-check-write in Java would race).
 */
@Preload
@Table("REV_CLAIM")
@Indexes(@Index(name = "rev_claim_unique", methodNames = {"getAggregate", "getAggregateId", "getRevision"}, unique = true))
public interface RevisionClaimEntity extends Entity {
    @NotNull
    @StringLength(40)
    String getAggregate();

    void setAggregate(String aggregate);

    @NotNull
    long getAggregateId();

    void setAggregateId(long aggregateId);

    @NotNull
    int getRevision();

    void setRevision(int revision);

    @StringLength(255)
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    Date getClaimedAt();

    void setClaimedAt(Date claimedAt);
}

package io.prodops.governance.prd.storage;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

import java.util.Date;

/** A reviewer named on a PRD submission and their decision. */
@Preload
@Table("PRD_REVIEWER")
@Indexes(@Index(name = "prd_reviewer_unique", methodNames = {"getPrdId", "getUserKey"}, unique = true))
public interface PrdReviewerEntity extends Entity {
    @NotNull
    int getPrdId();

    void setPrdId(int prdId);

    @NotNull
    @StringLength(255)
    String getUserKey();

    void setUserKey(String userKey);

    /** null until decided; APPROVE or REQUEST_CHANGES. */
    @StringLength(20)
    String getDecision();

    void setDecision(String decision);

    @StringLength(StringLength.UNLIMITED)
    String getReviewNote();

    void setReviewNote(String reviewNote);

    @NotNull
    Date getRequestedAt();

    void setRequestedAt(Date requestedAt);

    Date getDecidedAt();

    void setDecidedAt(Date decidedAt);
}

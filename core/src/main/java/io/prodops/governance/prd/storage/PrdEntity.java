package io.prodops.governance.prd.storage;

import io.prodops.governance.common.storage.IssueBound;
import io.prodops.governance.common.storage.Authored;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A PRD on one Jira issue (initiative or epic): one per issue. Sections and reviewers are child rows. */
@Preload
@Table("PRD")
@Indexes(@Index(name = "prd_issue", methodNames = {"getIssueId"}, unique = true))
public interface PrdEntity extends Entity, IssueBound, Authored {
    @NotNull
    @StringLength(64)
    String getTemplateKey();

    void setTemplateKey(String templateKey);

    @NotNull
    int getTemplateVersion();

    void setTemplateVersion(int templateVersion);

    /** DRAFT, IN_REVIEW, CHANGES_REQUESTED or APPROVED. */
    @NotNull
    @StringLength(20)
    String getStatus();

    void setStatus(String status);

    /** PRD-level revision (submit, review, upgrade); sections carry their own. */
    @NotNull
    int getRevision();

    void setRevision(int revision);

    /**
     * Bumped by every write to the PRD, first thing in its transaction: the UPDATE takes the row lock, so section edits
     * and status changes (submit, review, upgrade) of one PRD run one after another and each sees the other's result.
     */
    int getEditTicks();

    void setEditTicks(int editTicks);

    /** Filled required sections / required sections, 0..1 (kept for the portfolio). */
    double getCompleteness();

    void setCompleteness(double completeness);
}

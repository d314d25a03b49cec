package io.prodops.governance.prd.storage;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

import java.util.Date;

/** A PRD on one Jira issue (initiative or epic): one per issue. Sections and reviewers are child rows. */
@Preload
@Table("PRD")
@Indexes(@Index(name = "prd_issue", methodNames = {"getIssueId"}, unique = true))
public interface PrdEntity extends Entity {
    @NotNull
    long getIssueId();

    void setIssueId(long issueId);

    @NotNull
    @Indexed
    long getProjectId();

    void setProjectId(long projectId);

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

    /** Filled required sections / required sections, 0..1 (kept for the portfolio). */
    double getCompleteness();

    void setCompleteness(double completeness);

    @StringLength(255)
    String getCreatedBy();

    void setCreatedBy(String createdBy);

    @NotNull
    Date getCreatedAt();

    void setCreatedAt(Date createdAt);

    @StringLength(255)
    String getUpdatedBy();

    void setUpdatedBy(String updatedBy);

    @NotNull
    Date getUpdatedAt();

    void setUpdatedAt(Date updatedAt);
}

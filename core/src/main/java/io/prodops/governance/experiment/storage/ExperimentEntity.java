package io.prodops.governance.experiment.storage;

import io.prodops.governance.common.storage.IssueBound;
import io.prodops.governance.common.storage.Authored;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

import java.util.Date;

/** The design and decision of the experiment tracked by one Experiment issue. */
@Preload
@Table("EXPERIMENT")
@Indexes(@Index(name = "experiment_issue", methodNames = {"getIssueId"}, unique = true))
public interface ExperimentEntity extends Entity, IssueBound, Authored {
    /** DESIGN, RUNNING, ANALYSIS, DECIDED or ABANDONED. */
    @NotNull
    @StringLength(20)
    String getStatus();

    void setStatus(String status);

    @NotNull
    int getRevision();

    void setRevision(int revision);

    /**
     * Bumped by every write, first thing in its transaction: the UPDATE takes the row lock, so writes of one
     * experiment (design, status, decision, result uploads) run one after another.
     */
    int getEditTicks();

    void setEditTicks(int editTicks);

    /** Hypothesis, metrics, guardrails, alpha/power/MDE, baseline, traffic, planned dates (JSON, see ExperimentCodec); variants are rows of EXP_VARIANT. */
    @StringLength(StringLength.UNLIMITED)
    String getDesign();

    void setDesign(String design);

    /** SHIP, ITERATE or KILL; null until decided. */
    @StringLength(20)
    String getDecision();

    void setDecision(String decision);

    @StringLength(StringLength.UNLIMITED)
    String getRationale();

    void setRationale(String rationale);

    /** Reason given when shipping despite a sample-ratio mismatch. */
    @StringLength(StringLength.UNLIMITED)
    String getSrmAcknowledgement();

    void setSrmAcknowledgement(String srmAcknowledgement);

    @StringLength(255)
    @Indexed
    String getDecidedBy();

    void setDecidedBy(String decidedBy);

    Date getDecidedAt();

    void setDecidedAt(Date decidedAt);
}

package io.prodops.governance.experiment.storage;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

import java.util.Date;

/** A cumulative result snapshot of an experiment (every upload is kept). */
@Preload
@Table("EXP_RESULT")
@Indexes(@Index(name = "exp_result_unique", methodNames = {"getExperimentId", "getSnapshotNo"}, unique = true))
public interface ExpResultEntity extends Entity {
    @NotNull
    int getExperimentId();

    void setExperimentId(int experimentId);

    @NotNull
    int getSnapshotNo();

    void setSnapshotNo(int snapshotNo);

    /** UI, CSV or API. */
    @NotNull
    @StringLength(20)
    String getSource();

    void setSource(String source);

    @StringLength(255)
    @Indexed
    String getSubmittedBy();

    void setSubmittedBy(String submittedBy);

    @NotNull
    Date getSubmittedAt();

    void setSubmittedAt(Date submittedAt);

    /** Per-variant counts (JSON). */
    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getData();

    void setData(String data);
}

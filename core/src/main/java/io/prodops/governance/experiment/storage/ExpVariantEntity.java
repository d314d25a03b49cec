package io.prodops.governance.experiment.storage;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One variant (arm) of an experiment. */
@Preload
@Table("EXP_VARIANT")
@Indexes(@Index(name = "exp_variant_unique", methodNames = {"getExperimentId", "getPosition"}, unique = true))
public interface ExpVariantEntity extends Entity {
    @NotNull
    int getExperimentId();

    void setExperimentId(int experimentId);

    @NotNull
    int getPosition();

    void setPosition(int position);

    @NotNull
    @StringLength(255)
    String getName();

    void setName(String name);

    /** Integer percent; the variants of an experiment sum to 100. */
    int getAllocation();

    void setAllocation(int allocation);

    boolean isControl();

    void setControl(boolean control);
}

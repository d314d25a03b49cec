package io.prodops.governance.common.storage;

import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;

import java.util.Date;

/** Who changed a row last and when (user key only). Not an entity itself. */
public interface Updated {
    @StringLength(255)
    String getUpdatedBy();

    void setUpdatedBy(String updatedBy);

    @NotNull
    Date getUpdatedAt();

    void setUpdatedAt(Date updatedAt);
}

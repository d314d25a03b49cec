package io.prodops.governance.common.storage;

import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;

import java.util.Date;

/** Who created a row and when, and who changed it last and when (user keys only). Not an entity itself. */
public interface Authored extends Updated {
    @StringLength(255)
    String getCreatedBy();

    void setCreatedBy(String createdBy);

    @NotNull
    Date getCreatedAt();

    void setCreatedAt(Date createdAt);
}

package io.prodops.governance.portfolio.storage;

import io.prodops.governance.common.storage.Updated;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A saved portfolio view: a user's own, or shared with everyone by an ops manager. */
@Preload
@Table("PF_VIEW")
public interface PortfolioViewEntity extends Entity, Updated {
    @NotNull
    @StringLength(120)
    String getName();

    void setName(String name);

    /** The owner's user key (rewritten on user-key changes). */
    @NotNull
    @Indexed
    @StringLength(255)
    String getOwnerKey();

    void setOwnerKey(String ownerKey);

    @NotNull
    @Indexed
    boolean isShared();

    void setShared(boolean shared);

    /** JSON: filters, groupBy, sort and columns (never compared or indexed). */
    @StringLength(StringLength.UNLIMITED)
    String getDefinition();

    void setDefinition(String definition);

    @NotNull
    int getRevision();

    void setRevision(int revision);
}

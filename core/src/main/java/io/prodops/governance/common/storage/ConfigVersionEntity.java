package io.prodops.governance.common.storage;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

import java.util.Date;

/** An immutable published version N of a {@link ConfigDocEntity}. Never updated, never deleted. */
@Preload
@Table("CONFIG_VERSION")
@Indexes(@Index(name = "config_version_unique", methodNames = {"getDocId", "getVersion"}, unique = true))
public interface ConfigVersionEntity extends Entity {
    @NotNull
    int getDocId();

    void setDocId(int docId);

    @NotNull
    int getVersion();

    void setVersion(int version);

    @StringLength(StringLength.UNLIMITED)
    String getNote();

    void setNote(String note);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getBody();

    void setBody(String body);

    @StringLength(255)
    String getPublishedBy();

    void setPublishedBy(String publishedBy);

    @NotNull
    Date getPublishedAt();

    void setPublishedAt(Date publishedAt);
}

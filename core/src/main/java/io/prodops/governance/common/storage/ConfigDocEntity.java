package io.prodops.governance.common.storage;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A versioned, ops-managed configuration document: PRD templates, readiness gate sets and portfolio health rules
 * share this one mechanism. The working draft lives here (JSON, with a revision); published versions are immutable
 * rows in {@link ConfigVersionEntity}.
 */
@Preload
@Table("CONFIG_DOC")
@Indexes(@Index(name = "config_doc_key", methodNames = {"getKind", "getDocKey"}, unique = true))
public interface ConfigDocEntity extends Entity, Authored {
    @NotNull
    @StringLength(30)
    String getKind();

    void setKind(String kind);

    @NotNull
    @StringLength(64)
    String getDocKey();

    void setDocKey(String docKey);

    @NotNull
    @StringLength(255)
    String getName();

    void setName(String name);

    /** DRAFT, PUBLISHED or RETIRED. */
    @NotNull
    @StringLength(20)
    String getStatus();

    void setStatus(String status);

    @NotNull
    int getRevision();

    void setRevision(int revision);

    /** 0 until the first publish. */
    @NotNull
    int getPublishedVersion();

    void setPublishedVersion(int publishedVersion);

    @StringLength(StringLength.UNLIMITED)
    String getDraftBody();

    void setDraftBody(String draftBody);
}

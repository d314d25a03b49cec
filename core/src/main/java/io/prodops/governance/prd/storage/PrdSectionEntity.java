package io.prodops.governance.prd.storage;

import io.prodops.governance.common.storage.Updated;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One section of a PRD, with its own revision so that people editing different sections never collide. */
@Preload
@Table("PRD_SECTION")
@Indexes(@Index(name = "prd_section_key", methodNames = {"getPrdId", "getSectionKey"}, unique = true))
public interface PrdSectionEntity extends Entity, Updated {
    @NotNull
    int getPrdId();

    void setPrdId(int prdId);

    /** The template's section key; an archived section whose key came back in a later version gets a "~vN" suffix. */
    @NotNull
    @StringLength(100)
    String getSectionKey();

    void setSectionKey(String sectionKey);

    @NotNull
    int getPosition();

    void setPosition(int position);

    @NotNull
    @StringLength(255)
    String getTitle();

    void setTitle(String title);

    /** RICH_TEXT, TABLE, CHECKLIST, METRICS, PEOPLE or DATE. */
    @NotNull
    @StringLength(20)
    String getKind();

    void setKind(String kind);

    boolean isRequired();

    void setRequired(boolean required);

    /** Kept (read-only) after a template upgrade dropped the section; never deleted. */
    boolean isArchived();

    void setArchived(boolean archived);

    boolean isFilled();

    void setFilled(boolean filled);

    /** JSON by kind; rich text is sanitized HTML inside it. */
    @StringLength(StringLength.UNLIMITED)
    String getContent();

    void setContent(String content);

    @NotNull
    int getRevision();

    void setRevision(int revision);
}

package io.prodops.governance.prd.domain;

import java.time.Instant;

/** A published version in the version list: number, change note, who published it and when. */
public record TemplateVersionInfo(int version, String note, String publishedBy, Instant publishedAt, String name, int sectionCount) {
}

package io.prodops.governance.common.domain;

import java.time.Instant;

/** An immutable published version N (1, 2, ...) of a configuration document, with its change note. */
public record ConfigVersion(String kind, String key, int version, String note, String body, String publishedBy, Instant publishedAt) {
}

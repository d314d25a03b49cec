package io.prodops.governance.common.domain;

import java.time.Instant;

/** The current revision of something two people can edit, with who made it and when (sent back on every 409). */
public record RevisionInfo(int revision, String updatedBy, Instant updatedAt) {
}

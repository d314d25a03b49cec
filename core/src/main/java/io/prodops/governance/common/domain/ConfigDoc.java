package io.prodops.governance.common.domain;

import java.time.Instant;

/**
 * The working draft of a versioned configuration document. {@code draftBody} is the capability's own serialized
 * model (JSON); this layer treats it as opaque.
 *
 * @param publishedVersion the latest published version, 0 before the first publish
 */
public record ConfigDoc(String kind, String key, String name, ConfigStatus status, int revision, int publishedVersion,
                        String draftBody, String createdBy, Instant createdAt, String updatedBy, Instant updatedAt) {
}

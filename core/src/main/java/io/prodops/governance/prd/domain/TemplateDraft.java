package io.prodops.governance.prd.domain;

import io.prodops.governance.common.domain.ConfigStatus;

import java.time.Instant;

/**
 * A template's working draft as ops managers edit it, with its lifecycle facts.
 *
 * @param publishedVersion   the newest published version, 0 before the first publish
 * @param unpublishedChanges whether the draft differs from the newest published version (always true before the first)
 * @param updatedBy          user key of the last change; null for the built-in template's installation
 */
public record TemplateDraft(PrdTemplate template, ConfigStatus status, int revision, int publishedVersion,
                            boolean unpublishedChanges, String createdBy, Instant createdAt, String updatedBy, Instant updatedAt) {
}

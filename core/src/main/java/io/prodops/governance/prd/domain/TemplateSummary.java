package io.prodops.governance.prd.domain;

import io.prodops.governance.common.domain.ConfigStatus;

import java.time.Instant;

/**
 * A template in a list. For ops managers it describes the working draft; for everyone else the newest published
 * version ({@code revision} is then null: they cannot write).
 */
public record TemplateSummary(String key, String name, String description, ConfigStatus status, Integer revision,
                              int publishedVersion, int sectionCount, String updatedBy, Instant updatedAt) {
}

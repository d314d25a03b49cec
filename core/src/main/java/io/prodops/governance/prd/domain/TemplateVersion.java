package io.prodops.governance.prd.domain;

import io.prodops.governance.common.domain.ConfigStatus;

import java.time.Instant;

/**
 * One immutable published version of a template.
 *
 * @param status        the template's status now (a version of a retired template stays readable)
 * @param latestVersion the template's newest published version
 * @param publishedBy   user key; null for the built-in template's installation
 */
public record TemplateVersion(PrdTemplate template, int version, String note, String publishedBy, Instant publishedAt,
                              ConfigStatus status, int latestVersion) {
}

package io.prodops.governance.prd.domain;

import io.prodops.governance.common.domain.RevisionInfo;

import java.time.Instant;

/**
 * The PRD-level facts of a PRD (its sections and reviewers are read separately).
 *
 * @param completeness filled required sections / required sections, 0..1
 */
public record PrdHeader(long issueId, long projectId, String templateKey, int templateVersion, PrdStatus status,
                        double completeness, RevisionInfo revision, String createdBy, Instant createdAt) {
}

package io.prodops.governance.prd.domain;

import io.prodops.governance.common.domain.IssueFacts;

/**
 * A PRD as a caller sees it: the PRD, the template version it follows (for guidance, columns and roles), the newest
 * published version of that template (for the upgrade banner) and what the caller may do.
 */
public record PrdView(IssueFacts issue, Prd prd, PublishedTemplate template, boolean canEdit, boolean canReview) {
    public boolean upgradeAvailable() {
        return template != null && template.latestVersion() > prd.header().templateVersion();
    }
}

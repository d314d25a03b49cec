package io.prodops.governance.prd.domain;

import io.prodops.governance.common.domain.RevisionInfo;

import java.util.List;
import java.util.Optional;

/**
 * Stores PRDs, one per Jira issue (domain-owned interface). Writes carry the revision they were based on and throw
 * {@link io.prodops.governance.common.domain.ConflictException} when it is stale; callers run them in a transaction.
 */
public interface PrdRepository {
    Optional<PrdHeader> findByIssueId(long issueId);

    /** The PRD with its sections and reviewers, in a constant number of queries whatever the number of sections. */
    Optional<Prd> load(long issueId);

    /** Creates the PRD of an issue at revision 1, its sections at revision 1. */
    Prd create(long issueId, long projectId, String templateKey, int templateVersion, List<NewSection> sections, String userKey);

    /** Replaces a section's content. */
    PrdSection saveSection(long issueId, String sectionKey, SectionContent content, boolean filled, int expectedRevision, String userKey);

    /** Changes PRD-level state: status, stored completeness and (when not null) the reviewers. */
    RevisionInfo saveState(long issueId, PrdStatus status, double completeness, List<Reviewer> reviewers, int expectedRevision, String userKey);

    /**
     * Stores the derived completeness (for lists and the portfolio) without a revision: it follows from the sections,
     * so concurrent section editors must not collide on it.
     */
    void storeCompleteness(long issueId, double completeness, String userKey, java.time.Instant at);

    /** Re-shapes the sections for another template version (see {@link UpgradePlan}). */
    RevisionInfo upgrade(long issueId, int templateVersion, List<NewSection> targetSections, UpgradePlan plan, PrdStatus status,
                         int expectedRevision, String userKey);

    /** A section to create: its place, its template definition and its starting content. */
    record NewSection(int position, TemplateSection template, SectionContent content, boolean filled) {
    }
}

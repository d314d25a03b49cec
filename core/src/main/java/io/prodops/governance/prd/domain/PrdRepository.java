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

    /**
     * The PRD headers of these issues (issues without a PRD are left out), for lists such as the portfolio. Stores
     * override the one-by-one default with batched queries (at most 500 ids each).
     */
    default List<PrdHeader> findHeaders(java.util.Collection<Long> issueIds) {
        return issueIds.stream().distinct().map(this::findByIssueId).flatMap(Optional::stream).toList();
    }

    /** The PRD with its sections and reviewers, in a constant number of queries whatever the number of sections. */
    Optional<Prd> load(long issueId);

    /**
     * Inside a write's transaction, first thing: locks the PRD's row until the transaction ends, then loads it fresh.
     * Every write of a PRD does this, so section edits and status changes of one PRD never interleave.
     */
    Optional<Prd> lockAndLoad(long issueId);

    /** Creates the PRD of an issue at revision 1, its sections at revision 1. */
    Prd create(long issueId, long projectId, String templateKey, int templateVersion, List<NewSection> sections, String userKey);

    /**
     * Replaces a section's content. Refuses (409) when the section is archived or no longer of {@code kind} (a template
     * upgrade happened since the caller read it).
     */
    PrdSection saveSection(long issueId, String sectionKey, SectionKind kind, SectionContent content, boolean filled, int expectedRevision,
                           String userKey);

    /** Changes PRD-level state: status, stored completeness and (when not null) the reviewers. */
    RevisionInfo saveState(long issueId, PrdStatus status, double completeness, List<Reviewer> reviewers, int expectedRevision, String userKey);

    /**
     * Stores the derived completeness (for lists and the portfolio) without a revision: it follows from the sections,
     * so section editors must not collide on it. Leaves the PRD's own updated-by/at alone.
     */
    void storeCompleteness(long issueId, double completeness);

    /** Re-shapes the sections for another template version (see {@link UpgradePlan}). */
    RevisionInfo upgrade(long issueId, Upgrade upgrade, int expectedRevision, String userKey);

    /**
     * A template upgrade to apply.
     *
     * @param migrated  the new content of kept sections whose shape changed (tables, people), by section key
     * @param reviewers the reviewers afterwards (decisions cleared when an approval is revoked)
     */
    record Upgrade(int templateVersion, List<NewSection> targetSections, UpgradePlan plan, java.util.Map<String, SectionContent> migrated,
                   PrdStatus status, List<Reviewer> reviewers, double completeness) {
    }

    /** A section to create: its place, its template definition and its starting content. */
    record NewSection(int position, TemplateSection template, SectionContent content, boolean filled) {
    }
}

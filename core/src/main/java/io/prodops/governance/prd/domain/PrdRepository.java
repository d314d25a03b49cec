package io.prodops.governance.prd.domain;

import java.util.Optional;

/** Stores PRDs, one per Jira issue (domain-owned interface). */
public interface PrdRepository {
    Optional<PrdHeader> findByIssueId(long issueId);

    /** Creates the PRD of an issue at revision 1. */
    PrdHeader create(long issueId, long projectId, String templateKey, int templateVersion, String userKey);
}

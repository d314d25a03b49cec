package io.prodops.governance.prd.domain;

/** A reviewer's decision on a PRD in review. */
public enum ReviewDecision {
    APPROVE, REQUEST_CHANGES
}

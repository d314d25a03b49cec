package io.prodops.governance.prd.domain;

/** Review lifecycle of a PRD. */
public enum PrdStatus {
    DRAFT, IN_REVIEW, CHANGES_REQUESTED, APPROVED
}

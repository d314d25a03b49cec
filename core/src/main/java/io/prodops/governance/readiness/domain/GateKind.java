package io.prodops.governance.readiness.domain;

/** What a gate checks. Each kind has its own typed {@link GateParams}. */
public enum GateKind {
    /** The PRD exists and is APPROVED. */
    PRD_APPROVED,
    /** PRD completeness is at least a threshold. */
    PRD_COMPLETE,
    /** Every child issue is in the Done status category. */
    CHILDREN_DONE,
    /** Every issue linked with the given link types and directions is Done. */
    LINKS_RESOLVED,
    /** A field has a value. */
    FIELD_SET,
    /** The issue matches a JQL query, or a query naming the issue returns at most N issues. */
    JQL_MATCH,
    /** Every experiment linked to the issue has a decision. */
    EXPERIMENTS_DECIDED,
    /** A member of a group signs off. */
    SIGN_OFF
}

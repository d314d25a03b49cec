package io.prodops.governance.readiness.domain;

/** The outcome of one gate. Only PASS and WAIVED let a required gate through. */
public enum GateStatus {
    PASS,
    FAIL,
    /** Failing or not, an ops manager waived it with a reason. */
    WAIVED,
    /** Waiting for something that has not happened yet: a sign-off, or a capability (experiments) not available. */
    PENDING,
    /** The gate could not be decided (invalid JQL, deleted field, host failure): counts as not ready (fail closed). */
    ERROR;

    public boolean letsThrough() {
        return this == PASS || this == WAIVED;
    }
}

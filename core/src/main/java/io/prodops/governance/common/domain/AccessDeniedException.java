package io.prodops.governance.common.domain;

/** The caller is known but may not do this (HTTP 403). */
public final class AccessDeniedException extends GovernanceException {
    public AccessDeniedException(String message) {
        super("FORBIDDEN", message);
    }
}

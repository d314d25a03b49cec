package io.prodops.governance.common.domain;

/** The caller is anonymous and this needs a logged-in user (HTTP 401). */
public final class NotAuthenticatedException extends GovernanceException {
    public NotAuthenticatedException() {
        super("NOT_AUTHENTICATED", "Log in to do this.");
    }
}

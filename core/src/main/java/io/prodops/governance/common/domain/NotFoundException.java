package io.prodops.governance.common.domain;

/** Something the caller asked for does not exist, or may not be seen by the caller (same answer: don't leak existence). */
public final class NotFoundException extends GovernanceException {
    public NotFoundException(String code, String message) {
        super(code, message);
    }

    public static NotFoundException issue(String issueKey) {
        return new NotFoundException("ISSUE_NOT_FOUND", "Issue " + issueKey + " does not exist or you may not see it.");
    }
}

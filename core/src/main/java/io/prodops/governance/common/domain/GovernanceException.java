package io.prodops.governance.common.domain;

/** Base of the failures the app reports to callers; {@link #code()} is the stable, documented error code. */
public abstract class GovernanceException extends RuntimeException {
    private final String code;

    protected GovernanceException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}

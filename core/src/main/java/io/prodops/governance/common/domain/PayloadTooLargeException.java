package io.prodops.governance.common.domain;


/** A request body over the endpoint's limit (HTTP 413). */
public final class PayloadTooLargeException extends GovernanceException {
    public PayloadTooLargeException(String message) {
        super("PAYLOAD_TOO_LARGE", message);
    }
}

package io.prodops.governance.common.web;

import io.prodops.governance.common.domain.GovernanceException;

/** A request body over the endpoint's limit (HTTP 413). */
public final class PayloadTooLargeException extends GovernanceException {
    public PayloadTooLargeException(String message) {
        super("PAYLOAD_TOO_LARGE", message);
    }
}

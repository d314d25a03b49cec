package io.prodops.governance.readiness.domain;

import java.time.Instant;
import java.util.Objects;

/** An active sign-off of a SIGN_OFF gate. */
public record SignOffInfo(String userKey, Instant signedAt, String note) {
    public SignOffInfo {
        Objects.requireNonNull(signedAt, "signedAt");
    }
}

package io.prodops.governance.readiness.domain;

import java.time.Instant;
import java.util.Objects;

/** An active waiver of a gate by an ops manager; the reason is mandatory. */
public record WaiverInfo(String userKey, Instant waivedAt, String reason) {
    public WaiverInfo {
        Objects.requireNonNull(waivedAt, "waivedAt");
        Objects.requireNonNull(reason, "reason");
    }
}

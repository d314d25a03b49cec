package io.prodops.governance.common.domain;

import jakarta.inject.Named;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The app's clock as a component, so services take a {@link Clock} and tests pass a fixed one. Always UTC. */
@Named
public final class SystemClock extends Clock {
    private final Clock utc = Clock.systemUTC();

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return utc.withZone(zone);
    }

    @Override
    public Instant instant() {
        return utc.instant();
    }
}

package io.prodops.governance.portfolio.domain;

import io.prodops.governance.readiness.domain.Message;

import java.util.List;

/** A colour with every reason that produced it, worst first (empty for GREEN). */
public record Health(HealthColor color, List<Message> reasons) {
    public Health {
        if (color == null) {
            throw new IllegalArgumentException("color is required");
        }
        reasons = List.copyOf(reasons);
    }
}

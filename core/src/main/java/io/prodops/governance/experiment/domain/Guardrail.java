package io.prodops.governance.experiment.domain;

import io.prodops.governance.experiment.domain.stats.Direction;
import io.prodops.governance.experiment.domain.stats.MetricType;

/**
 * A metric that must not get worse. {@code margin} is the non-inferiority margin, relative to the control (0.02 = a
 * treatment may be up to 2 % worse than control in the metric's good direction before the guardrail fails).
 */
public record Guardrail(String name, MetricType type, Direction direction, double margin) {
}

package io.prodops.governance.experiment.domain;

import io.prodops.governance.experiment.domain.stats.Direction;
import io.prodops.governance.experiment.domain.stats.MetricType;

/** The primary metric: what the experiment is meant to move, and which way is better. */
public record Metric(String name, MetricType type, Direction direction) {
}

package io.prodops.governance.experiment.domain.stats;

/** How a metric is measured: a share of users who converted, or a per-user average. */
public enum MetricType {
    /** Users and conversions per arm; compared as two proportions. */
    CONVERSION,
    /** n, mean and standard deviation per arm; compared as two means. */
    CONTINUOUS
}

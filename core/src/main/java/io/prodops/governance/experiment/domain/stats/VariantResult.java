package io.prodops.governance.experiment.domain.stats;

/** The cumulative observations of one arm for one metric. */
public sealed interface VariantResult permits VariantResult.Conversion, VariantResult.Continuous {
    String name();

    /** Users (conversion) or observations (continuous) in the arm. */
    long sampleSize();

    MetricType type();

    static Conversion conversion(String name, long users, long conversions) {
        return new Conversion(name, users, conversions);
    }

    static Continuous continuous(String name, long n, double mean, double sd) {
        return new Continuous(name, n, mean, sd);
    }

    /** Users exposed and users who converted. */
    record Conversion(String name, long users, long conversions) implements VariantResult {
        @Override
        public long sampleSize() {
            return users;
        }

        @Override
        public MetricType type() {
            return MetricType.CONVERSION;
        }
    }

    /** Observations, their mean and their sample standard deviation. */
    record Continuous(String name, long n, double mean, double sd) implements VariantResult {
        @Override
        public long sampleSize() {
            return n;
        }

        @Override
        public MetricType type() {
            return MetricType.CONTINUOUS;
        }
    }
}

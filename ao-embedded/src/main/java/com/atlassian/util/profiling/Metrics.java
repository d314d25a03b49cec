package com.atlassian.util.profiling;

/**
 * Stand-in for atlassian-profiling's Metrics, which the AO 6.1.1 library calls around every EntityManager operation
 * (EntityManager: metric(name).tag(..).withAnalytics().invokerPluginKey(..).startTimer()). Products ship the real
 * class; outside a product it is not on Maven Central, so this no-op keeps AO usable (shared/atlassian-platform.md §4.8).
 */
public final class Metrics {
    private Metrics() {
    }

    public static Builder metric(String name) {
        return Builder.INSTANCE;
    }

    public static final class Builder {
        private static final Builder INSTANCE = new Builder();

        public Builder tag(String key, String value) {
            return this;
        }

        public Builder withAnalytics() {
            return this;
        }

        public Builder invokerPluginKey(String pluginKey) {
            return this;
        }

        public Ticker startTimer() {
            return Ticker.NO_OP;
        }
    }
}

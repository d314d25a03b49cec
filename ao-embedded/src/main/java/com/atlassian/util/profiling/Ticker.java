package com.atlassian.util.profiling;

/** Stand-in for atlassian-profiling's Ticker (see {@link Metrics}). */
public interface Ticker extends AutoCloseable {
    Ticker NO_OP = () -> { };

    @Override
    void close();
}

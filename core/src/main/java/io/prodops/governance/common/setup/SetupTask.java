package io.prodops.governance.common.setup;

/** A one-time setup step (seed data, later the Experiment issue type). Must be idempotent. */
public interface SetupTask {
    String name();

    /** Does the work unless it is already done; returns whether it changed anything. */
    boolean apply();
}

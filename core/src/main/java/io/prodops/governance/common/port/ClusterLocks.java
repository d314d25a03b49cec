package io.prodops.governance.common.port;

import java.util.function.Supplier;

/** Port: a lock held across all nodes of a Data Center cluster (single-node hosts may use a local lock). */
public interface ClusterLocks {
    <T> T underLock(String lockName, Supplier<T> work);

    /**
     * Runs the work only if the lock is free right now (a periodic job another node is already running is skipped,
     * not queued); empty when it was not. Hosts override the default, which waits for the lock like {@link #underLock}.
     */
    default <T> java.util.Optional<T> tryUnderLock(String lockName, Supplier<T> work) {
        return java.util.Optional.ofNullable(underLock(lockName, work));
    }
}

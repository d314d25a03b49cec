package io.prodops.governance.testing;

import io.prodops.governance.common.port.ClusterLocks;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/** Stands in for the cluster lock in tests: one lock shared by the "nodes" a test starts. */
public final class SharedLock implements ClusterLocks {
    private final ReentrantLock lock = new ReentrantLock();

    @Override
    public <T> T underLock(String lockName, Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}

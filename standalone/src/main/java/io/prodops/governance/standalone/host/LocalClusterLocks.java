package io.prodops.governance.standalone.host;

import io.prodops.governance.common.port.ClusterLocks;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/** {@link ClusterLocks} for a single-node host: one JVM lock per name. */
public final class LocalClusterLocks implements ClusterLocks {
    private final ConcurrentMap<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    @Override
    public <T> T underLock(String lockName, Supplier<T> work) {
        ReentrantLock lock = locks.computeIfAbsent(lockName, n -> new ReentrantLock());
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public <T> java.util.Optional<T> tryUnderLock(String lockName, Supplier<T> work) {
        ReentrantLock lock = locks.computeIfAbsent(lockName, n -> new ReentrantLock());
        if (!lock.tryLock()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.ofNullable(work.get());
        } finally {
            lock.unlock();
        }
    }
}

package io.prodops.governance.jira.cluster;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.prodops.governance.common.port.ClusterLocks;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.function.Supplier;

/** {@link ClusterLocks} over beehive's {@code ClusterLockService}: held across every node of a Data Center cluster. */
@Named
public class JiraClusterLocks implements ClusterLocks {
    private final ClusterLockService lockService;

    @Inject
    public JiraClusterLocks(@ComponentImport ClusterLockService lockService) {
        this.lockService = lockService;
    }

    @Override
    public <T> T underLock(String lockName, Supplier<T> work) {
        ClusterLock lock = lockService.getLockForName(lockName);
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    /** {@code ClusterLock} is a {@link java.util.concurrent.locks.Lock}: {@code tryLock()} returns at once. */
    @Override
    public <T> java.util.Optional<T> tryUnderLock(String lockName, Supplier<T> work) {
        ClusterLock lock = lockService.getLockForName(lockName);
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

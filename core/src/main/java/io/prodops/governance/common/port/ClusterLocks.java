package io.prodops.governance.common.port;

import java.util.function.Supplier;

/** Port: a lock held across all nodes of a Data Center cluster (single-node hosts may use a local lock). */
public interface ClusterLocks {
    <T> T underLock(String lockName, Supplier<T> work);
}

package io.prodops.governance.common.port;

import java.time.Duration;
import java.util.function.Function;

/**
 * Port: caches that are safe in a Data Center cluster (Jira: Atlassian cache, replicated by invalidation). The only
 * node-local state the app keeps; every entry also expires after its time to live.
 */
public interface ClusterCaches {
    /** @param loader computes a missing value; must not return null */
    <K, V> ClusterCache<K, V> cache(String name, Function<K, V> loader, Duration timeToLive, int maxEntries);

    interface ClusterCache<K, V> {
        V get(K key);

        /** Drops the entry on every node. */
        void invalidate(K key);
    }
}

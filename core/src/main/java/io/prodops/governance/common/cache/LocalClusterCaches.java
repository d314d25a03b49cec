package io.prodops.governance.common.cache;

import io.prodops.governance.common.port.ClusterCaches;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * {@link ClusterCaches} for a single-node host (the standalone host, tests): entries expire after their time to live
 * and are dropped on invalidation; a full cache is cleared rather than grown. Never used in Jira, which has the
 * cluster-replicated Atlassian cache.
 */
public final class LocalClusterCaches implements ClusterCaches {
    private final Clock clock;

    public LocalClusterCaches(Clock clock) {
        this.clock = clock;
    }

    @Override
    public <K, V> ClusterCache<K, V> cache(String name, Function<K, V> loader, Duration timeToLive, int maxEntries) {
        return new Local<>(loader, timeToLive, maxEntries);
    }

    private final class Local<K, V> implements ClusterCache<K, V> {
        private record Entry<V>(V value, Instant expires) {
        }

        private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
        private final Function<K, V> loader;
        private final Duration timeToLive;
        private final int maxEntries;

        Local(Function<K, V> loader, Duration timeToLive, int maxEntries) {
            this.loader = loader;
            this.timeToLive = timeToLive;
            this.maxEntries = maxEntries;
        }

        @Override
        public V get(K key) {
            Instant now = clock.instant();
            Entry<V> entry = entries.get(key);
            if (entry != null && now.isBefore(entry.expires())) {
                return entry.value();
            }
            V value = loader.apply(key);
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
            entries.put(key, new Entry<>(value, now.plus(timeToLive)));
            return value;
        }

        @Override
        public void invalidate(K key) {
            entries.remove(key);
        }
    }
}

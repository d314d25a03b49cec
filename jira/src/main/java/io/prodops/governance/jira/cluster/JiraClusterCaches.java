package io.prodops.governance.jira.cluster;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettingsBuilder;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.prodops.governance.common.port.ClusterCaches;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * {@link ClusterCaches} over Jira's Atlassian cache: replicated by invalidation (a removal on one node drops the entry
 * on every node), bounded and expiring.
 */
@Named
public class JiraClusterCaches implements ClusterCaches {
    private final CacheManager caches;

    @Inject
    public JiraClusterCaches(@ComponentImport CacheManager caches) {
        this.caches = caches;
    }

    @Override
    public <K, V> ClusterCache<K, V> cache(String name, Function<K, V> loader, Duration timeToLive, int maxEntries) {
        Cache<K, V> cache = caches.getCache(name, loader::apply, new CacheSettingsBuilder()
                .expireAfterWrite(timeToLive.toMillis(), TimeUnit.MILLISECONDS)
                .maxEntries(maxEntries)
                .replicateViaInvalidation()
                .build());
        return new ClusterCache<>() {
            @Override
            public V get(K key) {
                return cache.get(key);
            }

            @Override
            public void invalidate(K key) {
                cache.remove(key);
            }
        };
    }
}

package io.prodops.governance.jira.cluster;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheLoader;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettings;
import io.prodops.governance.common.port.ClusterCaches;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

import java.time.Duration;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class JiraClusterCachesTest {
    @Test
    @SuppressWarnings("unchecked")
    public void usesAnAtlassianCacheWithTheLoaderAndRemovesOnInvalidate() {
        CacheManager manager = mock(CacheManager.class);
        Cache<String, String> cache = mock(Cache.class);
        ArgumentCaptor<CacheLoader<String, String>> loader = ArgumentCaptor.forClass(CacheLoader.class);
        when(manager.getCache(eq("prodops.test"), loader.capture(), any(CacheSettings.class))).thenReturn((Cache) cache);
        when(cache.get("k")).thenReturn("cached");

        ClusterCaches.ClusterCache<String, String> adapted = new JiraClusterCaches(manager).cache("prodops.test", k -> "loaded " + k, Duration.ofMinutes(1), 10);

        assertEquals("cached", adapted.get("k"));
        assertEquals("the host calls our loader on a miss", "loaded x", loader.getValue().load("x"));
        adapted.invalidate("k");
        verify(cache).remove("k");
    }
}

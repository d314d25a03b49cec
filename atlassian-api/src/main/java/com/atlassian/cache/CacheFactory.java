package com.atlassian.cache;

/**
 * Declaration of the member we call. Source: research notes §6.1 (atlassian-cache-api CacheFactory, decompiled;
 * public code search id 42045636475): {@code getCache(String, CacheLoader, CacheSettings)}.
 */
public interface CacheFactory {
    <K, V> Cache<K, V> getCache(String name, CacheLoader<K, V> loader, CacheSettings settings);
}

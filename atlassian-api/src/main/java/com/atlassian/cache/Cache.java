package com.atlassian.cache;

/**
 * Declaration of the members we call. Source: research notes §6.1 (atlassian-cache 2.0.7 javadoc, Cache: get(K) never
 * null with a CacheLoader, remove(K), removeAll()).
 */
public interface Cache<K, V> {
    V get(K key);

    void remove(K key);

    void removeAll();
}

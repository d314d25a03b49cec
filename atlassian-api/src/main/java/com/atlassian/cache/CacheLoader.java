package com.atlassian.cache;

/** Declaration. Source: research notes §6.1 (CacheLoader, decompiled; public code search id 42278692646); must not return null. */
public interface CacheLoader<K, V> {
    V load(K key);
}

package com.atlassian.cache;

/**
 * Declaration. Source: research notes §6.1 (CacheManager is the injectable component extending CacheFactory; the
 * interface relationship is inferred there, the member we call is CacheFactory's).
 */
public interface CacheManager extends CacheFactory {
}

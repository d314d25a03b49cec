package com.atlassian.cache;

import java.util.concurrent.TimeUnit;

/**
 * Declaration of the members we call. Source: research notes §6.1 (CacheSettingsBuilder, decompiled; public code search
 * id 42381946796): no-argument constructor, expireAfterWrite(long, TimeUnit), maxEntries(int), replicateViaInvalidation(),
 * build(). The bodies only serve compilation and tests; Jira supplies the class.
 */
public class CacheSettingsBuilder {
    public CacheSettingsBuilder() {
    }

    public CacheSettingsBuilder expireAfterWrite(long expireAfter, TimeUnit unit) {
        return this;
    }

    public CacheSettingsBuilder maxEntries(int maxEntries) {
        return this;
    }

    public CacheSettingsBuilder replicateViaInvalidation() {
        return this;
    }

    public CacheSettings build() {
        return new CacheSettings() {
        };
    }
}

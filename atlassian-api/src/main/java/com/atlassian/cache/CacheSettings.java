package com.atlassian.cache;

/** Declaration (no members called). Source: research notes §6.1 (CacheSettings, built by CacheSettingsBuilder). */
public interface CacheSettings {
}

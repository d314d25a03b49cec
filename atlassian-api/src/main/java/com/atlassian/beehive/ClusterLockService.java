package com.atlassian.beehive;

/** Declaration. Source: shared/atlassian-platform.md §2.7 (beehive-api 5.0.1). */
public interface ClusterLockService {
    ClusterLock getLockForName(String lockName);
}

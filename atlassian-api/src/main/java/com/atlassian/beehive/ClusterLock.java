package com.atlassian.beehive;

import java.util.concurrent.locks.Lock;

/** Declaration (members inherited from Lock). Source: shared/atlassian-platform.md §2.7 (beehive-api 5.0.1). */
public interface ClusterLock extends Lock {
}

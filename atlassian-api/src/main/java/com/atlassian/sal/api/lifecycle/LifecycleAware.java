package com.atlassian.sal.api.lifecycle;

/** Declaration. Source: shared/atlassian-platform.md §2.3 (sal-api 5.1.4). */
public interface LifecycleAware {
    void onStart();

    void onStop();
}

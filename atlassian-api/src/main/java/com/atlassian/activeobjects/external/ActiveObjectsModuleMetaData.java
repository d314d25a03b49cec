package com.atlassian.activeobjects.external;

import java.util.concurrent.ExecutionException;

/** Declaration of the members we call. Source: shared/atlassian-platform.md §2.1 (activeobjects-plugin 5.2.1). */
public interface ActiveObjectsModuleMetaData {
    void awaitInitialization() throws ExecutionException, InterruptedException;

    boolean isInitialized();
}

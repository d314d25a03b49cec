package com.atlassian.activeobjects.external;

/** Declaration. Source: shared/atlassian-platform.md §2.1 (activeobjects-plugin 5.2.1). */
public interface ActiveObjectsUpgradeTask {
    ModelVersion getModelVersion();

    void upgrade(ModelVersion currentVersion, ActiveObjects ao);
}

package com.atlassian.jira.security.plugin;

/** Declaration (the constants of ProjectPermissions are instances). Source: shared/atlassian-platform.md §2.9 (docs.atlassian.com/jira/latest ProjectPermissions; package [K]). */
public final class ProjectPermissionKey {
    private final String key;

    public ProjectPermissionKey(String key) {
        this.key = key;
    }

    @Override
    public String toString() {
        return key;
    }
}

package com.atlassian.jira.permission;

/** Declaration of the constant we read. Source: shared/atlassian-platform.md §2.9 (docs.atlassian.com/jira/latest/com/atlassian/jira/permission/GlobalPermissionKey.html). */
public final class GlobalPermissionKey {
    public static final GlobalPermissionKey ADMINISTER = new GlobalPermissionKey("ADMINISTER");

    private final String key;

    private GlobalPermissionKey(String key) {
        this.key = key;
    }

    @Override
    public String toString() {
        return key;
    }
}

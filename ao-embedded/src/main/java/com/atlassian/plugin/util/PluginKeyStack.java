package com.atlassian.plugin.util;

/** Stand-in for atlassian-plugins' PluginKeyStack, called by the AO 6.1.1 EntityManager (see shared/atlassian-platform.md §4.8). */
public final class PluginKeyStack {
    private PluginKeyStack() {
    }

    public static String getFirstPluginKey() {
        return null;
    }
}

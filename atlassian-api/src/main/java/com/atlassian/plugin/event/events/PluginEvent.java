package com.atlassian.plugin.event.events;

import com.atlassian.plugin.Plugin;

/** Declaration. Source: shared/atlassian-platform.md §2.5 (atlassian-plugins 7.4.0). */
public class PluginEvent {
    private final Plugin plugin;

    public PluginEvent(Plugin plugin) {
        this.plugin = plugin;
    }

    public Plugin getPlugin() {
        return plugin;
    }
}

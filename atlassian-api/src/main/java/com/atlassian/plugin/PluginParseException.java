package com.atlassian.plugin;

/** Declaration (named in the throws clause of ContextProvider/Condition.init; never thrown by us). Source: shared/atlassian-platform.md §2.5 (atlassian-plugins-api 7.4.0). */
public class PluginParseException extends PluginException {
}

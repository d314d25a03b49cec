package com.atlassian.plugin;

/** Declaration (superclass of PluginParseException; no member called). Source: shared/atlassian-platform.md §2.5 (atlassian-plugins-api 7.4.0: extends RuntimeException). */
public class PluginException extends RuntimeException {
}

package com.atlassian.plugin;

/** Declaration of the member we call. Source: shared/atlassian-platform.md §2.5 (atlassian-plugins-api 7.4.0). */
public interface Plugin {
    String getKey();
}

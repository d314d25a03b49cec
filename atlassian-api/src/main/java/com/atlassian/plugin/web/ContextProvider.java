package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;

import java.util.Map;

/** Declaration of the interface we implement. Source: shared/atlassian-platform.md §2.5 (atlassian-plugins-webfragment-api 6.0.1 ContextProvider; Jira's own view-issue providers implement it, e.g. DateBlockContextProvider reading context.get("issue"), public code search id 17052727978). */
public interface ContextProvider {
    void init(Map<String, String> params) throws PluginParseException;

    Map<String, Object> getContextMap(Map<String, Object> context);
}

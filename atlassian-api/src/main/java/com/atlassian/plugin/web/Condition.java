package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.baseconditions.BaseCondition;

import java.util.Map;

/** Declaration of the interface we implement. Source: shared/atlassian-platform.md §2.5 (atlassian-plugins-webfragment-api 6.0.1 Condition; Atlassian's DVCS DvcsPanelCondition reads context.get("issue"), public code search id 5829382287). */
public interface Condition extends BaseCondition {
    void init(Map<String, String> params) throws PluginParseException;

    boolean shouldDisplay(Map<String, Object> context);
}

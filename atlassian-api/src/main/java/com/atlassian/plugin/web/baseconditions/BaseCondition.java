package com.atlassian.plugin.web.baseconditions;

/** Declaration (super-interface of Condition, no members). Source: shared/atlassian-platform.md §2.5 (atlassian-plugins-webfragment-api 6.0.1). */
public interface BaseCondition {
}

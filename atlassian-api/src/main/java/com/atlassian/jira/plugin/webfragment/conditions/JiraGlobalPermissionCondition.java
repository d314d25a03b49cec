package com.atlassian.jira.plugin.webfragment.conditions;

/** Declaration (named only in atlassian-plugin.xml, never called; declared so the stand-in host can export the package). Source: shared/atlassian-platform.md §2.9 (XML use on Jira 10.3, alanmosely/jira-watcher-field-plugin). */
public class JiraGlobalPermissionCondition {
}

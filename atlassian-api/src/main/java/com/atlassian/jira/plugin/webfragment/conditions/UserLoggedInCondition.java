package com.atlassian.jira.plugin.webfragment.conditions;

/** Declaration (named only in atlassian-plugin.xml, never called). Source: Atlassian Connect's Jira condition mapping "user_is_logged_in" to com.atlassian.jira.plugin.webfragment.conditions.UserLoggedInCondition (public code search ids 20108620370, 19944665336). */
public class UserLoggedInCondition {
}

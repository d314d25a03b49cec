package com.atlassian.jira.project;

/** Declaration of the members we call. Source: shared/atlassian-platform.md §2.9 (Project: getId(), getKey(), getName() [K]; Issue.getProjectObject() per docs.atlassian.com/jira/latest Issue). */
public interface Project {
    Long getId();

    String getKey();

    String getName();
}

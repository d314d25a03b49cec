package com.atlassian.jira.user;

/** Declaration of the members we call. Source: shared/atlassian-platform.md §2.9 (Jira javadoc 7.0.0 ApplicationUser; unchanged since). */
public interface ApplicationUser {
    String getKey();

    String getDisplayName();
}

package com.atlassian.jira.project;

/** Declaration of the members we call. Source: shared/atlassian-platform.md §2.9 (ProjectManager [K]: getProjectObj(Long), getProjectObjByKey(String)) + Jira's caching project manager source (public code search id 17399244765: Project getProjectObjByKey(String projectKey)). */
public interface ProjectManager {
    Project getProjectObj(Long id);

    Project getProjectObjByKey(String key);
}

package com.atlassian.jira.project;

import java.util.List;

/**
 * Declaration of the members we call. Source: shared/atlassian-platform.md §2.9 (ProjectManager [K]: getProjectObj(Long),
 * getProjectObjByKey(String), List<Project> getProjectObjects()) + Jira's caching project manager source (public code
 * search id 17399244765: Project getProjectObjByKey(String projectKey)) + testit-tms/jira-plugin TestCaseIssueType.java,
 * built against jira-api 11.3.6 (projectManager.getProjectObjects()).
 */
public interface ProjectManager {
    Project getProjectObj(Long id);

    Project getProjectObjByKey(String key);

    List<Project> getProjectObjects();
}

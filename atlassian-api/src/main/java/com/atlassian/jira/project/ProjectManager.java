package com.atlassian.jira.project;

import java.util.List;

/** Declaration of the member we call. Source: testit-tms/jira-plugin TestCaseIssueType.java, built against jira-api 11.3.6 (projectManager.getProjectObjects()); shared/atlassian-platform.md §2.9 (List<Project> getProjectObjects() [K]). */
public interface ProjectManager {
    List<Project> getProjectObjects();
}

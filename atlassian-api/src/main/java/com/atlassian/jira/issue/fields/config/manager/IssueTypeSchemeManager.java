package com.atlassian.jira.issue.fields.config.manager;

import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;

import java.util.Collection;
import java.util.List;

/** Declaration of the members we call. Source: shared/atlassian-platform.md §2.9 (complete 8.20 list, cures-hub/cures-condec-jira MockIssueTypeSchemeManager, incl. setProjectAssociationsForIssueTypeScheme(FieldConfigScheme, Collection<Project>)); getConfigScheme(Project) and update(FieldConfigScheme, Collection<String>) also in testit-tms/jira-plugin src/main/java/testIT/jira/testcase/TestCaseIssueType.java, built against jira-api 11.3.6 (its pom.xml). */
public interface IssueTypeSchemeManager {
    FieldConfigScheme getConfigScheme(Project project);

    Collection<IssueType> getIssueTypesForScheme(FieldConfigScheme scheme);

    boolean isDefaultIssueTypeScheme(FieldConfigScheme scheme);

    FieldConfigScheme update(FieldConfigScheme scheme, Collection<String> optionIds);

    FieldConfigScheme create(String schemeName, String schemeDescription, List<String> optionIds);

    FieldConfigScheme setProjectAssociationsForIssueTypeScheme(FieldConfigScheme scheme, Collection<Project> projects);

    void deleteScheme(FieldConfigScheme scheme);
}

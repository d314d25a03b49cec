package com.atlassian.jira.issue;

import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.version.Version;

import java.sql.Timestamp;
import java.util.Collection;

/** Declaration of the members we call. Source: docs.atlassian.com/jira/latest/com/atlassian/jira/issue/Issue.html (getAssigneeId, getDueDate) + shared/atlassian-platform.md §2.9 + Jira Issue source, public code search id 37296114545 (getParentId); getCustomFieldValue(CustomField), getFixVersions(), getComponents(): docs.atlassian.com/jira/latest Issue.html via shared/atlassian-platform.md §2.9. */
public interface Issue {
    Long getId();

    String getKey();

    String getSummary();

    Project getProjectObject();

    IssueType getIssueType();

    Status getStatus();

    String getAssigneeId();

    Timestamp getDueDate();

    Long getParentId();

    Object getCustomFieldValue(CustomField customField);

    Collection<Version> getFixVersions();

    Collection<ProjectComponent> getComponents();
}

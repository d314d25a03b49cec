package com.atlassian.jira.project.version;

/** Declaration of the element type of Issue.getFixVersions() (we call none of its members). Source: shared/atlassian-platform.md §2.9 (Collection<Version> getFixVersions()); package com.atlassian.jira.project.version from Jira's VersionManager javadoc (docs.atlassian.com/jira/latest). */
public interface Version {
}

package com.atlassian.jira.config;

import com.atlassian.jira.issue.issuetype.IssueType;

/** Declaration of the members we call. Source: shared/atlassian-platform.md §2.9 (8.20 list, cures-condec-jira MockIssueTypeManager: getIssueTypes(), getIssueType(String)); testit-tms/jira-plugin src/main/java/testIT/jira/testcase/TestCaseIssueType.java, built against jira-api 11.3.6 (its pom.xml) (createIssueType(String, String, Long), updateIssueType(IssueType, String, String, Long)); same signatures in shared/atlassian-platform.md §2.9 (8.20 list, cures-condec-jira MockIssueTypeManager). */
public interface IssueTypeManager {
    java.util.Collection<IssueType> getIssueTypes();

    IssueType getIssueType(String id);

    IssueType createIssueType(String name, String description, Long avatarId);

    void updateIssueType(IssueType issueType, String name, String description, Long avatarId);
}

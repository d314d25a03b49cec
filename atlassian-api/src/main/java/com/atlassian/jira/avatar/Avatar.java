package com.atlassian.jira.avatar;

/** Declaration of the member we call. Source: testit-tms/jira-plugin src/main/java/testIT/jira/testcase/TestCaseIssueType.java, built against jira-api 11.3.6 (its pom.xml) (avatar.getId()); an interface (cures-condec-jira MockAvatar implements it). */
public interface Avatar {
    Long getId();
}

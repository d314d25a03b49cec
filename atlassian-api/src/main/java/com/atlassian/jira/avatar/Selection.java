package com.atlassian.jira.avatar;

/** Declaration of a parameter type only (we pass null: no cropping). Source: cures-hub/cures-condec-jira MockAvatarManager (com.atlassian.jira.avatar.* import; create(..., Selection)), testit-tms/jira-plugin src/main/java/testIT/jira/testcase/TestCaseIssueType.java, built against jira-api 11.3.6 (its pom.xml). */
public class Selection {
}

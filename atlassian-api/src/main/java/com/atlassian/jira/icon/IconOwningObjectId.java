package com.atlassian.jira.icon;

/** Declaration of the constructor we call. Source: testit-tms/jira-plugin src/main/java/testIT/jira/testcase/TestCaseIssueType.java, built against jira-api 11.3.6 (its pom.xml) (new IconOwningObjectId(String)). */
public class IconOwningObjectId {
    public IconOwningObjectId(String id) {
    }
}

package com.atlassian.jira.icon;

/** Declaration of the constant we read. Source: testit-tms/jira-plugin src/main/java/testIT/jira/testcase/TestCaseIssueType.java, built against jira-api 11.3.6 (its pom.xml) (IconType.ISSUE_TYPE_ICON_TYPE); also cures-hub/cures-condec-jira MockAvatarManager. */
public class IconType {
    public static final IconType ISSUE_TYPE_ICON_TYPE = new IconType();

    protected IconType() {
    }
}

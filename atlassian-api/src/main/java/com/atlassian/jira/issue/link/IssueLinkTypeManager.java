package com.atlassian.jira.issue.link;

import java.util.Collection;

/** Declaration of the members we call. Source: cures-hub/cures-condec-jira MockIssueLinkTypeManager (8.20: createIssueLinkType(String, String, String, String), getIssueLinkTypesByName(String) returning Collection<IssueLinkType>); createIssueLinkType also in testit-tms/jira-plugin src/main/java/testIT/jira/testcase/TestCaseIssueType.java, built against jira-api 11.3.6 (its pom.xml); Jira's DefaultIssueLinkTypeManager (code search) requires name/outward/inward, not style. */
public interface IssueLinkTypeManager {
    void createIssueLinkType(String name, String outward, String inward, String style);

    Collection<IssueLinkType> getIssueLinkTypesByName(String name);
}

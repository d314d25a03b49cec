package com.atlassian.jira.avatar;

import com.atlassian.jira.icon.IconOwningObjectId;
import com.atlassian.jira.icon.IconType;

import java.io.IOException;
import java.io.InputStream;

/** Declaration of the members we call. Source: testit-tms/jira-plugin src/main/java/testIT/jira/testcase/TestCaseIssueType.java, built against jira-api 11.3.6 (its pom.xml) (create(fileName, contentType, IconType, IconOwningObjectId, InputStream, Selection) and getDefaultAvatarId(IconType) for an issue type icon); same in cures-hub/cures-condec-jira MockAvatarManager (8.20). */
public interface AvatarManager {
    Avatar create(String fileName, String contentType, IconType iconType, IconOwningObjectId owner, InputStream imageData, Selection croppingSelection)
            throws IOException;

    Long getDefaultAvatarId(IconType iconType);
}

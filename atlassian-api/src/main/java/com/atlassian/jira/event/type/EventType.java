package com.atlassian.jira.event.type;

/** Declaration of the constants we read. Source: Jira EventType source (@PublicApi; "JIRA Issue Event Type IDs", public code search id 17360369848). */
public class EventType {
    public static final Long ISSUE_COMMENTED_ID = 6L;
    public static final Long ISSUE_DELETED_ID = 8L;
    public static final Long ISSUE_WORKLOGGED_ID = 10L;
    public static final Long ISSUE_COMMENT_EDITED_ID = 14L;
    public static final Long ISSUE_WORKLOG_UPDATED_ID = 15L;
    public static final Long ISSUE_WORKLOG_DELETED_ID = 16L;
    public static final Long ISSUE_COMMENT_DELETED_ID = 17L;

    private EventType() {
    }
}

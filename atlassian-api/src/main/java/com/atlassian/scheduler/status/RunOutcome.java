package com.atlassian.scheduler.status;

/**
 * Declaration of the constants we use (the real enum has more, e.g. ABORTED). Source: Decompiled atlassian-scheduler-api of Confluence 8.7 (Platform 6) in ngannk-fptu/Decompiled-Files (JobRunnerResponse
 * imports com.atlassian.scheduler.status.RunOutcome and uses SUCCESS, FAILED, ABORTED; public code search id 42185443662).
 */
public enum RunOutcome {
    SUCCESS,
    FAILED
}

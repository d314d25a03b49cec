package com.atlassian.scheduler;

/**
 * Declaration. Source: Decompiled atlassian-scheduler-api of Confluence 8.7 (Platform 6) in ngannk-fptu/Decompiled-Files (@PublicSpi interface JobRunner, {@code @Nullable JobRunnerResponse
 * runJob(JobRunnerRequest)}; public code search id 41787360121). Platform 8 ("unchanged in use") assumed, see jira/README.md.
 */
public interface JobRunner {
    JobRunnerResponse runJob(JobRunnerRequest request);
}

package com.atlassian.scheduler;

/**
 * Declaration (no member called: the reconcile job needs nothing from the request). Source: Decompiled atlassian-scheduler-api of Confluence 8.7 (Platform 6) in ngannk-fptu/Decompiled-Files
 * (@PublicApi interface JobRunnerRequest with getStartTime/getJobId/getJobConfig/isCancellationRequested; public code
 * search id 42074717751).
 */
public interface JobRunnerRequest {
}

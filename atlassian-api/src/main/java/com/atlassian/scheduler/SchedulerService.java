package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;

/**
 * Declaration of the members we call. Source: Decompiled atlassian-scheduler-api of Confluence 8.7 (Platform 6) in ngannk-fptu/Decompiled-Files (@PublicApi interface SchedulerService:
 * registerJobRunner(JobRunnerKey, JobRunner), unregisterJobRunner(JobRunnerKey), scheduleJob(JobId, JobConfig) throws
 * SchedulerServiceException, unscheduleJob(JobId); public code search id 41995893460). Same calls in Atlassian's and
 * apps' Jira code (public code search ids 42275886566, 48843147142).
 */
public interface SchedulerService {
    void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner);

    void unregisterJobRunner(JobRunnerKey jobRunnerKey);

    void scheduleJob(JobId jobId, JobConfig jobConfig) throws SchedulerServiceException;

    void unscheduleJob(JobId jobId);
}

package com.atlassian.scheduler.config;

import java.util.Objects;

/**
 * Declaration of the members we call (getters: tests only). Source: Decompiled atlassian-scheduler-api of Confluence 8.7 (Platform 6) in ngannk-fptu/Decompiled-Files (@PublicApi final class JobConfig: static
 * forJobRunnerKey(JobRunnerKey), withRunMode(RunMode), withSchedule(Schedule) returning altered copies, getJobRunnerKey(),
 * getRunMode(), getSchedule(); public code search id 42179124412).
 */
public final class JobConfig {
    private final JobRunnerKey jobRunnerKey;
    private final RunMode runMode;
    private final Schedule schedule;

    private JobConfig(JobRunnerKey jobRunnerKey, RunMode runMode, Schedule schedule) {
        this.jobRunnerKey = jobRunnerKey;
        this.runMode = runMode != null ? runMode : RunMode.RUN_ONCE_PER_CLUSTER;
        this.schedule = schedule != null ? schedule : Schedule.forInterval(0L, null);
    }

    public static JobConfig forJobRunnerKey(JobRunnerKey jobRunnerKey) {
        return new JobConfig(Objects.requireNonNull(jobRunnerKey, "jobRunnerKey"), RunMode.RUN_ONCE_PER_CLUSTER, null);
    }

    public JobConfig withRunMode(RunMode runMode) {
        return new JobConfig(jobRunnerKey, runMode, schedule);
    }

    public JobConfig withSchedule(Schedule schedule) {
        return new JobConfig(jobRunnerKey, runMode, schedule);
    }

    public JobRunnerKey getJobRunnerKey() {
        return jobRunnerKey;
    }

    public RunMode getRunMode() {
        return runMode;
    }

    public Schedule getSchedule() {
        return schedule;
    }
}

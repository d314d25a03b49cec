package com.atlassian.scheduler.config;

/** Declaration of the constant we use (the real enum also has RUN_LOCALLY). Source: Decompiled atlassian-scheduler-api of Confluence 8.7 (Platform 6) in ngannk-fptu/Decompiled-Files (JobConfig defaults to RunMode.RUN_ONCE_PER_CLUSTER; public code search id 42179124412). */
public enum RunMode {
    RUN_ONCE_PER_CLUSTER
}

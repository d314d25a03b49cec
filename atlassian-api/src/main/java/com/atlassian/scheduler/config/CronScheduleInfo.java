package com.atlassian.scheduler.config;

import java.util.Objects;

/** Declaration (getter: tests only). Source: Decompiled atlassian-scheduler-api of Confluence 8.7 (Platform 6) in ngannk-fptu/Decompiled-Files (@PublicApi final class CronScheduleInfo: getCronExpression(), @Nullable getTimeZone(); public code search id 41677172578). */
public final class CronScheduleInfo {
    private final String cronExpression;

    CronScheduleInfo(String cronExpression) {
        this.cronExpression = Objects.requireNonNull(cronExpression, "cronExpression");
    }

    public String getCronExpression() {
        return cronExpression;
    }
}

package com.atlassian.scheduler.config;

import java.util.Date;

/**
 * Declaration of the members we call (getters and Type: tests only). Source: Decompiled atlassian-scheduler-api of Confluence 8.7 (Platform 6) in ngannk-fptu/Decompiled-Files (@PublicApi final class Schedule:
 * static forInterval(long intervalInMillis, @Nullable Date firstRunTime), static forCronExpression(String) (default
 * time zone), getType(), getIntervalScheduleInfo(), getCronScheduleInfo(), nested enum Type {CRON_EXPRESSION,
 * INTERVAL}; public code search id 41815715470).
 */
public final class Schedule {
    private final Type type;
    private final IntervalScheduleInfo intervalScheduleInfo;
    private final CronScheduleInfo cronScheduleInfo;

    private Schedule(Type type, IntervalScheduleInfo interval, CronScheduleInfo cron) {
        this.type = type;
        this.intervalScheduleInfo = interval;
        this.cronScheduleInfo = cron;
    }

    public static Schedule forInterval(long intervalInMillis, Date firstRunTime) {
        return new Schedule(Type.INTERVAL, new IntervalScheduleInfo(firstRunTime, intervalInMillis), null);
    }

    public static Schedule forCronExpression(String cronExpression) {
        return new Schedule(Type.CRON_EXPRESSION, null, new CronScheduleInfo(cronExpression));
    }

    public Type getType() {
        return type;
    }

    public IntervalScheduleInfo getIntervalScheduleInfo() {
        return intervalScheduleInfo;
    }

    public CronScheduleInfo getCronScheduleInfo() {
        return cronScheduleInfo;
    }

    public enum Type {
        CRON_EXPRESSION,
        INTERVAL
    }
}

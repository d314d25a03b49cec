package com.atlassian.scheduler;

/** Declaration. Source: Decompiled atlassian-scheduler-api of Confluence 8.7 (Platform 6) in ngannk-fptu/Decompiled-Files (@PublicApi class SchedulerServiceException extends Exception, (String), (String, Throwable); public code search id 41936562237). */
public class SchedulerServiceException extends Exception {
    private static final long serialVersionUID = 1L;

    public SchedulerServiceException(String message) {
        super(message);
    }

    public SchedulerServiceException(String message, Throwable cause) {
        super(message, cause);
    }
}

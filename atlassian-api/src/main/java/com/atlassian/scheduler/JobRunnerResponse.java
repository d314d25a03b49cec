package com.atlassian.scheduler;

import com.atlassian.scheduler.status.RunOutcome;

/**
 * Declaration of the members we call ({@code getRunOutcome}/{@code getMessage}: tests only). Source: Decompiled atlassian-scheduler-api of Confluence 8.7 (Platform 6) in ngannk-fptu/Decompiled-Files
 * (@PublicApi final class JobRunnerResponse: static success(String), failed(String) (message must not be blank),
 * getRunOutcome(), getMessage(); public code search id 42185443662).
 */
public final class JobRunnerResponse {
    private final RunOutcome runOutcome;
    private final String message;

    private JobRunnerResponse(RunOutcome runOutcome, String message) {
        this.runOutcome = runOutcome;
        this.message = message;
    }

    public static JobRunnerResponse success(String message) {
        return new JobRunnerResponse(RunOutcome.SUCCESS, message);
    }

    public static JobRunnerResponse failed(String message) {
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("The message must be specified when reporting a job as failed!");
        }
        return new JobRunnerResponse(RunOutcome.FAILED, message);
    }

    public RunOutcome getRunOutcome() {
        return runOutcome;
    }

    public String getMessage() {
        return message;
    }
}

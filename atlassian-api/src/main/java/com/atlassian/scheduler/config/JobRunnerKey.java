package com.atlassian.scheduler.config;

import java.util.Objects;

/** Declaration. Source: Decompiled atlassian-scheduler-api of Confluence 8.7 (Platform 6) in ngannk-fptu/Decompiled-Files (@PublicApi final class JobRunnerKey: static of(String), value equality, toString() = the key; public code search id 42179100967). */
public final class JobRunnerKey {
    private final String key;

    private JobRunnerKey(String key) {
        this.key = Objects.requireNonNull(key, "key");
    }

    public static JobRunnerKey of(String key) {
        return new JobRunnerKey(key);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JobRunnerKey other && other.key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key;
    }
}

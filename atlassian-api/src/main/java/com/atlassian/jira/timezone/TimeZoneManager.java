package com.atlassian.jira.timezone;

import java.util.TimeZone;

/** Declaration of the members we call. Source: Jira TimeZoneManager source (since 4.4: TimeZone getLoggedInUserTimeZone(), TimeZone getDefaultTimezone(); public code search id 17453999288). Its per-user method took a Crowd User there, so we do not call it. */
public interface TimeZoneManager {
    TimeZone getLoggedInUserTimeZone();

    TimeZone getDefaultTimezone();
}

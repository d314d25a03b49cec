package com.atlassian.event.api;

/** Declaration of the members we call. Source: shared/atlassian-platform.md §2.6 (atlassian-event 5.0.2). */
public interface EventPublisher {
    void register(Object listener);

    void unregister(Object listener);
}

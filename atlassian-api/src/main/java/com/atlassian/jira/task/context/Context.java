package com.atlassian.jira.task.context;

/** Declaration of the members we call (progress: context.start(null).complete()). Source: research-notes.md §1.3 (public code search id 42204833746). */
public interface Context {
    Task start(Object input);

    interface Task {
        void complete();
    }
}

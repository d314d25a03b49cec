package com.atlassian.jira.user.anonymize;

import com.atlassian.jira.task.context.Context;

/** Declaration of the members we call. Source: research-notes.md §1.3 (decompiled Atlassian Streams handler, public code search id 42204833746); class-vs-interface [K]. */
public class UserPropertyChangeParameter {
    private final String original;
    private final String target;
    private final Context context;

    public UserPropertyChangeParameter(String original, String target, Context context) {
        this.original = original;
        this.target = target;
        this.context = context;
    }

    public String getOriginal() {
        return original;
    }

    public String getTarget() {
        return target;
    }

    public Context getContext() {
        return context;
    }
}

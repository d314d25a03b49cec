package com.atlassian.jira.util;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Declaration of the members we call. Source: research-notes.md §1.5 (new SimpleErrorCollection(), public code search id 42204833746). */
public class SimpleErrorCollection implements ErrorCollection {
    private final List<String> messages = new ArrayList<>();

    public SimpleErrorCollection() {
    }

    @Override
    public void addErrorMessage(String message) {
        messages.add(message);
    }

    @Override
    public Collection<String> getErrorMessages() {
        return messages;
    }

    @Override
    public boolean hasAnyErrors() {
        return !messages.isEmpty();
    }
}

package com.atlassian.jira.util;

import java.util.Collection;

/** Declaration of the members we call. Source: research-notes.md §1.5 (errorCollection.addErrorMessage(String), public code search id 42204833746); hasAnyErrors()/getErrorMessages() [K]. */
public interface ErrorCollection {
    void addErrorMessage(String message);

    Collection<String> getErrorMessages();

    boolean hasAnyErrors();
}

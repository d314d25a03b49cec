package com.atlassian.jira.bc;

import com.atlassian.jira.util.ErrorCollection;

/** Declaration of the members our tests read. Source: research-notes.md §1.5 (isValid(), getErrorCollection() [I]). */
public interface ServiceResult {
    boolean isValid();

    ErrorCollection getErrorCollection();
}

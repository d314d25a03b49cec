package com.atlassian.jira.user.anonymize;

import com.atlassian.jira.bc.ServiceResult;

/** Declaration of the members we implement (validateBusinessLogic deliberately not declared). Source: research-notes.md §1.2 (Jira javadoc 10.2.0 UserKeyChangeHandler; JSW 10.3.11 RapidViewUserKeyChangeHandler). */
public interface AnonymizationHandler<T> {
    ServiceResult update(T parameter);

    int getNumberOfTasks(T parameter);
}

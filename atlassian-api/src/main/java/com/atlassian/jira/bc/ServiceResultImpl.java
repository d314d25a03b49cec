package com.atlassian.jira.bc;

import com.atlassian.jira.util.ErrorCollection;

/** Declaration of the constructor we call. Source: research-notes.md §1.5 (new ServiceResultImpl(ErrorCollection), public code search id 42204833746). */
public class ServiceResultImpl implements ServiceResult {
    private final ErrorCollection errors;

    public ServiceResultImpl(ErrorCollection errors) {
        this.errors = errors;
    }

    @Override
    public boolean isValid() {
        return !errors.hasAnyErrors();
    }

    @Override
    public ErrorCollection getErrorCollection() {
        return errors;
    }
}

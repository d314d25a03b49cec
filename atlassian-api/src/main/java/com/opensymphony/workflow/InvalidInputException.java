package com.opensymphony.workflow;

import java.util.ArrayList;
import java.util.List;

/** Declaration of the members we call. Source: shared/atlassian-platform.md §2.10 (OSWorkflow InvalidInputException: (String) constructor, addError(String), raw List getGenericErrors(); public code search InvalidInputException.java). */
public class InvalidInputException extends WorkflowException {
    private final List<Object> genericErrors = new ArrayList<>();

    public InvalidInputException(String error) {
        super(error);
        genericErrors.add(error);
    }

    public void addError(String error) {
        genericErrors.add(error);
    }

    @SuppressWarnings("rawtypes")
    public List getGenericErrors() {
        return genericErrors;
    }
}

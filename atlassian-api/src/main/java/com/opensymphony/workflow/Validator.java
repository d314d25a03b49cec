package com.opensymphony.workflow;

import com.opensymphony.module.propertyset.PropertySet;

import java.util.Map;

/** Declaration of the interface our validator implements. Source: shared/atlassian-platform.md §2.10 (OSWorkflow Validator: validate(Map, Map, PropertySet) throws InvalidInputException, WorkflowException; the throws clause is [K] there, and declaring fewer checked exceptions in an implementation is always legal). */
@SuppressWarnings("rawtypes")
public interface Validator {
    void validate(Map transientVars, Map args, PropertySet ps) throws InvalidInputException, WorkflowException;
}

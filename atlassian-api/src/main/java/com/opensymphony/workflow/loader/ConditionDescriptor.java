package com.opensymphony.workflow.loader;

import java.util.HashMap;
import java.util.Map;

/** Declaration of the member we call. Source: shared/atlassian-platform.md §2.10 (raw Map getArgs() on ConditionDescriptor/ValidatorDescriptor/FunctionDescriptor; OSWorkflow ConditionDescriptor source, public code search id 20108905581). Constructors are not ours to call (Jira's fork builds descriptors through DescriptorFactory). */
public class ConditionDescriptor extends AbstractDescriptor {
    @SuppressWarnings("rawtypes")
    private final Map args = new HashMap<>();

    ConditionDescriptor() {
    }

    @SuppressWarnings("rawtypes")
    public Map getArgs() {
        return args;
    }
}

package com.opensymphony.workflow.loader;

/** Declaration of the member we call. Source: OSWorkflow ActionDescriptor getName() (scripts print action.name of transientVars' descriptor.getAction(actionId), public code search id 13477992239; Jira app read via getName(), id 1060562992). */
public class ActionDescriptor extends AbstractDescriptor {
    ActionDescriptor() {
    }

    public String getName() {
        return null;
    }
}

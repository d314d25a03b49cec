package com.atlassian.jira.plugin.workflow;

import com.opensymphony.workflow.loader.AbstractDescriptor;

import java.util.HashMap;
import java.util.Map;

/**
 * Declaration of the base class our factories extend. Source: Jira AbstractWorkflowPluginFactory source (public code
 * search id 17516150914): getVelocityParams dispatches "view" / "input-parameters" / "edit-parameters" to the three
 * protected abstract methods; shared/atlassian-platform.md §2.10. The body mirrors that dispatch for our tests.
 */
public abstract class AbstractWorkflowPluginFactory implements WorkflowPluginFactory {
    public AbstractWorkflowPluginFactory() {
    }

    @Override
    public Map<String, Object> getVelocityParams(String resourceName, AbstractDescriptor descriptor) {
        Map<String, Object> velocityParams = new HashMap<>();
        switch (resourceName) {
            case "view" -> getVelocityParamsForView(velocityParams, descriptor);
            case "input-parameters" -> getVelocityParamsForInput(velocityParams);
            case "edit-parameters" -> getVelocityParamsForEdit(velocityParams, descriptor);
            default -> { }
        }
        return velocityParams;
    }

    protected abstract void getVelocityParamsForInput(Map<String, Object> velocityParams);

    protected abstract void getVelocityParamsForEdit(Map<String, Object> velocityParams, AbstractDescriptor descriptor);

    protected abstract void getVelocityParamsForView(Map<String, Object> velocityParams, AbstractDescriptor descriptor);
}

package io.prodops.governance.jira.workflow;

import com.atlassian.jira.plugin.workflow.WorkflowPluginConditionFactory;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.prodops.governance.readiness.domain.GateSetService;
import jakarta.inject.Inject;

/** Factory of the readiness workflow condition module (the descriptor's {@code class}); Jira builds it through the app's container. */
public class ReadinessConditionFactory extends ReadinessRuleFactory implements WorkflowPluginConditionFactory {
    @Inject
    public ReadinessConditionFactory(GateSetService gateSets, @ComponentImport JiraAuthenticationContext authentication) {
        super(gateSets, authentication, "prodops.workflow.condition.view", true);
    }
}

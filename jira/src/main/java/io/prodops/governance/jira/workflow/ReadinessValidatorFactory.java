package io.prodops.governance.jira.workflow;

import com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.prodops.governance.readiness.domain.GateSetService;
import jakarta.inject.Inject;

/** Factory of the readiness workflow validator module (the descriptor's {@code class}); Jira builds it through the app's container. */
public class ReadinessValidatorFactory extends ReadinessRuleFactory implements WorkflowPluginValidatorFactory {
    @Inject
    public ReadinessValidatorFactory(GateSetService gateSets, @ComponentImport JiraAuthenticationContext authentication) {
        super(gateSets, authentication, "prodops.workflow.validator.view", true);
    }
}

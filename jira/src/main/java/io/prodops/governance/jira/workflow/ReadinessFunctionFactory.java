package io.prodops.governance.jira.workflow;

import com.atlassian.jira.plugin.workflow.WorkflowPluginFunctionFactory;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.prodops.governance.readiness.domain.GateSetService;
import jakarta.inject.Inject;

/** Factory of the readiness workflow function module (the descriptor's {@code class}); Jira builds it through the app's container. */
public class ReadinessFunctionFactory extends ReadinessRuleFactory implements WorkflowPluginFunctionFactory {
    @Inject
    public ReadinessFunctionFactory(GateSetService gateSets, @ComponentImport JiraAuthenticationContext authentication) {
        super(gateSets, authentication, "prodops.workflow.function.view", false);
    }
}

package io.prodops.governance.jira.web;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.ApplicationProperties;
import io.prodops.governance.common.domain.Access;
import io.prodops.governance.common.domain.IssueFacts;
import io.prodops.governance.common.port.PageResources;
import io.prodops.governance.common.web.Texts;
import io.prodops.governance.common.web.WebResources;
import io.prodops.governance.experiment.web.ExperimentPanelView;
import jakarta.inject.Inject;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Context of the "Experiment" web panel on Jira's issue view ({@code atl.jira.view.issue.right.context}, template
 * {@link ExperimentPanelView#TEMPLATE}): the panel shell's view model for Experiment issues the caller may browse; it
 * requires the panel's web resources, whose script loads the experiment and its analysis through the REST API.
 * Without a browsable Experiment issue the context carries no {@code view} and the template renders nothing
 * ({@link ExperimentPanelCondition} normally hides the panel before that).
 */
public class ExperimentPanelContextProvider implements ContextProvider {
    private final Access access;
    private final PageResources resources;
    private final ApplicationProperties application;
    private final JiraAuthenticationContext authentication;

    @Inject
    public ExperimentPanelContextProvider(Access access, PageResources resources, @ComponentImport ApplicationProperties application,
                                          @ComponentImport JiraAuthenticationContext authentication) {
        this.access = access;
        this.resources = resources;
        this.application = application;
        this.authentication = authentication;
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> result = new HashMap<>(context);
        result.remove(IssuePanels.VIEW);
        Optional<IssueFacts> issue = IssuePanels.browsableIssue(access, context).filter(ExperimentPanelView::appliesTo);
        if (issue.isEmpty()) {
            return result;
        }
        String key = issue.get().key();
        resources.require(WebResources.EXPERIMENT_PANEL);
        result.put(IssuePanels.VIEW, ExperimentPanelView.of(new Texts(authentication.getLocale()), IssuePanels.contextPath(application), key,
                access.canEdit(key)));
        return result;
    }
}

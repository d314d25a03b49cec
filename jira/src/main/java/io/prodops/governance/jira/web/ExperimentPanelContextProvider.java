package io.prodops.governance.jira.web;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.ApplicationProperties;
import io.prodops.governance.common.domain.Access;
import io.prodops.governance.common.domain.GovernanceException;
import io.prodops.governance.common.domain.IssueFacts;
import io.prodops.governance.common.port.PageResources;
import io.prodops.governance.common.web.Texts;
import io.prodops.governance.common.web.WebResources;
import io.prodops.governance.experiment.web.ExperimentPanelView;
import jakarta.inject.Inject;

import java.util.HashMap;
import java.util.Map;

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
        result.remove(PrdPanelContextProvider.VIEW);
        if (!(context.get(PrdPanelContextProvider.ISSUE) instanceof Issue issue) || issue.getKey() == null) {
            return result;
        }
        IssueFacts facts;
        try {
            facts = access.requireBrowsable(issue.getKey());
        } catch (GovernanceException e) {
            return result; // not logged in and no anonymous access, or not browsable: no panel content
        }
        if (!ExperimentPanelView.appliesTo(facts)) {
            return result;
        }
        resources.require(WebResources.EXPERIMENT_PANEL);
        result.put(PrdPanelContextProvider.VIEW, ExperimentPanelView.of(new Texts(authentication.getLocale()),
                PrdPanelContextProvider.contextPath(application), facts.key(), access.canEdit(facts.key())));
        return result;
    }
}

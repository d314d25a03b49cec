package io.prodops.governance.jira.web;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.ApplicationProperties;
import io.prodops.governance.common.domain.Access;
import io.prodops.governance.common.port.PageResources;
import io.prodops.governance.common.web.Texts;
import io.prodops.governance.common.web.WebResources;
import io.prodops.governance.readiness.web.ReadinessPanelView;
import jakarta.inject.Inject;

import java.util.HashMap;
import java.util.Map;

/**
 * Context of the "Launch readiness" web panel on Jira's issue view ({@code atl.jira.view.issue.right.context},
 * template {@link ReadinessPanelView#TEMPLATE}): the panel shell's view model for callers who may browse the issue,
 * in the Jira user's locale; it requires the panel's web resources, whose script loads the evaluation through the
 * REST API. No "Launch" button here: in Jira the workflow's own transitions run the readiness validator. Without a
 * browsable issue the context carries no {@code view} and the template renders nothing.
 */
public class ReadinessPanelContextProvider implements ContextProvider {
    private final Access access;
    private final PageResources resources;
    private final ApplicationProperties application;
    private final JiraAuthenticationContext authentication;

    @Inject
    public ReadinessPanelContextProvider(Access access, PageResources resources, @ComponentImport ApplicationProperties application,
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
        IssuePanels.browsableIssue(access, context).ifPresent(issue -> {
            resources.require(WebResources.READINESS_PANEL);
            result.put(IssuePanels.VIEW, ReadinessPanelView.of(new Texts(authentication.getLocale()), IssuePanels.contextPath(application),
                    issue.key()));
        });
        return result;
    }
}

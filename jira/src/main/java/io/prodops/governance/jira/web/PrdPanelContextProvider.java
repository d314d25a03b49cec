package io.prodops.governance.jira.web;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.sal.api.ApplicationProperties;
import io.prodops.governance.common.domain.Access;
import io.prodops.governance.common.domain.IssueFacts;
import io.prodops.governance.common.port.PageResources;
import io.prodops.governance.common.web.Texts;
import io.prodops.governance.common.web.WebResources;
import io.prodops.governance.prd.web.PrdPanelView;
import jakarta.inject.Inject;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Context of the "PRD" web panel on Jira's issue view ({@code atl.jira.view.issue.right.context}, template
 * {@link PrdPanelView#TEMPLATE}): the panel shell's view model, for callers who may browse the issue; it requires the
 * panel's web resources, whose script loads the PRD through the REST API. Jira puts the viewed issue into the context
 * as {@code issue}. Without a browsable issue the context carries no {@code view} and the template renders nothing
 * ({@link PrdPanelCondition} normally hides the panel before that).
 */
public class PrdPanelContextProvider implements ContextProvider {
    static final String ISSUE = IssuePanels.ISSUE;
    static final String VIEW = IssuePanels.VIEW;

    private final Access access;
    private final PageResources resources;
    private final ApplicationProperties application;
    private final JiraAuthenticationContext authentication;

    @Inject
    public PrdPanelContextProvider(Access access, PageResources resources, @ComponentImport ApplicationProperties application,
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
        result.remove(VIEW);
        Optional<IssueFacts> issue = IssuePanels.browsableIssue(access, context);
        if (issue.isEmpty()) {
            return result;
        }
        String key = issue.get().key();
        resources.require(WebResources.PRD_PANEL);
        result.put(VIEW, PrdPanelView.of(new Texts(authentication.getLocale()), IssuePanels.contextPath(application), key, access.canEdit(key)));
        return result;
    }
}

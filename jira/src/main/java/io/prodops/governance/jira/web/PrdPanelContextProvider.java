package io.prodops.governance.jira.web;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.prodops.governance.common.domain.Access;
import io.prodops.governance.common.domain.GovernanceException;
import io.prodops.governance.common.port.PageResources;
import io.prodops.governance.common.web.Texts;
import io.prodops.governance.common.web.WebResources;
import io.prodops.governance.prd.web.PrdPanelView;
import jakarta.inject.Inject;

import java.util.HashMap;
import java.util.Map;

/**
 * Context of the "PRD" web panel on Jira's issue view ({@code atl.jira.view.issue.right.context}, template
 * {@link PrdPanelView#TEMPLATE}): the panel shell's view model, for callers who may browse the issue; it requires the
 * panel's web resources, whose script loads the PRD through the REST API. Jira puts the viewed issue into the context
 * as {@code issue}. Without a browsable issue the context carries no {@code view} and the template renders nothing
 * ({@link PrdPanelCondition} normally hides the panel before that).
 */
public class PrdPanelContextProvider implements ContextProvider {
    static final String ISSUE = "issue";
    static final String VIEW = "view";

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
        if (!(context.get(ISSUE) instanceof Issue issue) || issue.getKey() == null) {
            return result;
        }
        String key;
        try {
            key = access.requireBrowsable(issue.getKey()).key();
        } catch (GovernanceException e) {
            return result; // not logged in and no anonymous access, or not browsable: no panel content
        }
        resources.require(WebResources.PRD_PANEL);
        result.put(VIEW, PrdPanelView.of(new Texts(authentication.getLocale()), contextPath(application), key, canEdit(key)));
        return result;
    }

    private boolean canEdit(String issueKey) {
        try {
            access.requireEditable(issueKey);
            return true;
        } catch (GovernanceException e) { // AccessDeniedException: no Edit permission
            return false;
        }
    }

    /** Jira's context path ("" or e.g. "/jira"), the base of the REST and page URLs the panel uses. */
    static String contextPath(ApplicationProperties application) {
        String base = application.getBaseUrl(UrlMode.RELATIVE);
        if (base == null) {
            return "";
        }
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}

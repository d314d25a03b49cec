package io.prodops.governance.portfolio.web;

import com.atlassian.annotations.security.UnlicensedSiteAccess;
import io.prodops.governance.common.domain.Access;
import io.prodops.governance.common.web.PageShell;
import io.prodops.governance.common.web.WebResources;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Portfolio health rules and settings ({@code /plugins/servlet/prodops/portfolio-rules}) for ops managers and Jira
 * admins: the rule draft, publish with a note, the published versions; the initiative types and the target date
 * field. A page shell; health-rules-page.js works through the REST API, which checks every call again.
 */
@UnlicensedSiteAccess
public class HealthRulesPageServlet extends HttpServlet {
    public static final String TEMPLATE = "templates/portfolio/health-rules-page.vm";
    public static final String[] MESSAGE_PREFIXES = {"prodops.ui.", "prodops.rulespage."};

    private final Access access;
    private final PageShell shell;

    @Inject
    public HealthRulesPageServlet(Access access, PageShell shell) {
        this.access = access;
        this.shell = shell;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (shell.opsManager(access, request, response, "prodops.rulespage.forbidden").isEmpty()) {
            return;
        }
        shell.renderScriptPage(request, response, WebResources.HEALTH_RULES_PAGE, TEMPLATE, MESSAGE_PREFIXES);
    }
}

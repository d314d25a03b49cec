package io.prodops.governance.readiness.web;

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
 * Gate-set administration ({@code /plugins/servlet/prodops/gatesets}): gate sets (draft editing, publish, versions,
 * diff, retire) and the project bindings, for ops managers and Jira admins. A page shell only; gatesets-page.js works
 * through the REST API, which checks every call again.
 */
@UnlicensedSiteAccess
public class GateSetsPageServlet extends HttpServlet {
    public static final String TEMPLATE = "templates/readiness/gatesets-page.vm";
    public static final String[] MESSAGE_PREFIXES = {"prodops.ui.", "prodops.gatesetpage."};

    private final Access access;
    private final PageShell shell;

    @Inject
    public GateSetsPageServlet(Access access, PageShell shell) {
        this.access = access;
        this.shell = shell;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (shell.opsManager(access, request, response, "prodops.gatesetpage.forbidden").isEmpty()) {
            return;
        }
        shell.renderScriptPage(request, response, WebResources.GATESETS_PAGE, TEMPLATE, MESSAGE_PREFIXES);
    }
}

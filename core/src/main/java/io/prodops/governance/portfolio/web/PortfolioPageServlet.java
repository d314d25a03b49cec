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
 * The portfolio ({@code /plugins/servlet/prodops/portfolio[?view=id&...]}): every initiative the caller may browse,
 * for anyone logged in (anonymous visitors go to the login and back). A page shell only: portfolio-page.js reads
 * {@code GET /portfolio} as the caller, so the search's permission filter decides which rows exist.
 */
@UnlicensedSiteAccess
public class PortfolioPageServlet extends HttpServlet {
    public static final String TEMPLATE = "templates/portfolio/portfolio-page.vm";
    public static final String[] MESSAGE_PREFIXES = {"prodops.ui.", "prodops.portfolio.page."};

    private final Access access;
    private final PageShell shell;

    @Inject
    public PortfolioPageServlet(Access access, PageShell shell) {
        this.access = access;
        this.shell = shell;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (access.caller().isEmpty()) {
            shell.redirectToLogin(request, response);
            return;
        }
        shell.renderScriptPage(request, response, WebResources.PORTFOLIO_PAGE, TEMPLATE, MESSAGE_PREFIXES);
    }
}

package io.prodops.governance.prd.web;

import com.atlassian.annotations.security.UnlicensedSiteAccess;
import io.prodops.governance.common.domain.Access;
import io.prodops.governance.common.web.Json;
import io.prodops.governance.common.web.PageShell;
import io.prodops.governance.common.web.RestApi;
import io.prodops.governance.common.web.Texts;
import io.prodops.governance.common.web.WebResources;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * PRD template administration ({@code /plugins/servlet/prodops/templates}): for ops managers (the configured group)
 * and Jira admins. A page shell only; templates-page.js works through the REST API.
 */
@UnlicensedSiteAccess
public class TemplatesPageServlet extends HttpServlet {
    public static final String TEMPLATE = "templates/prd/templates-page.vm";
    static final String[] MESSAGE_PREFIXES = {"prodops.ui.", "prodops.templates.", "prodops.richtext."};

    private final Access access;
    private final PageShell shell;

    @Inject
    public TemplatesPageServlet(Access access, PageShell shell) {
        this.access = access;
        this.shell = shell;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (shell.opsManager(access, request, response, "prodops.templates.forbidden").isEmpty()) {
            return;
        }
        Texts texts = new Texts(request.getLocale());
        TemplatesPageView view = new TemplatesPageView(texts, request.getContextPath() + RestApi.BASE,
                Json.write(texts.startingWith(MESSAGE_PREFIXES)));
        shell.render(response, WebResources.TEMPLATES_PAGE, TEMPLATE, view);
    }
}

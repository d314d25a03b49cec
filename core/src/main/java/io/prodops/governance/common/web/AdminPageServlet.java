package io.prodops.governance.common.web;

import com.atlassian.annotations.security.UnlicensedSiteAccess;
import io.prodops.governance.common.domain.Access;
import io.prodops.governance.common.domain.UserRef;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/**
 * The "ProdOps" administration page ({@code /plugins/servlet/prodops/admin}): for Jira admins and ops managers.
 * A page shell only; its data comes from the REST API and is rendered in the browser with textContent.
 */
@UnlicensedSiteAccess
public class AdminPageServlet extends HttpServlet {
    static final String TEMPLATE = "templates/admin/admin.vm";

    private final Access access;
    private final PageShell shell;

    @Inject
    public AdminPageServlet(Access access, PageShell shell) {
        this.access = access;
        this.shell = shell;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<UserRef> caller = access.caller();
        if (caller.isEmpty()) {
            shell.redirectToLogin(request, response);
            return;
        }
        UserRef user = caller.get();
        Texts texts = new Texts(request.getLocale());
        if (!access.isOpsManager(user)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, texts.get("prodops.admin.forbidden"));
            return;
        }
        AdminPageView view = new AdminPageView(texts, request.getContextPath() + RestApi.BASE, access.isAdmin(user),
                request.getContextPath() + Pages.SERVLET_ROOT + Pages.TEMPLATES, request.getContextPath() + Pages.SERVLET_ROOT + Pages.GATESETS);
        shell.render(response, WebResources.ADMIN, TEMPLATE, view);
    }
}

package io.prodops.governance.common.web;

import com.atlassian.annotations.security.UnlicensedSiteAccess;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.prodops.governance.common.domain.Access;
import io.prodops.governance.common.domain.UserRef;
import io.prodops.governance.common.port.LoginRedirects;
import io.prodops.governance.common.port.PageResources;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * The "ProdOps" administration page ({@code /plugins/servlet/prodops/admin}): for Jira admins and ops managers.
 * A page shell only; its data comes from the REST API and is rendered in the browser with textContent.
 */
@UnlicensedSiteAccess
public class AdminPageServlet extends HttpServlet {
    static final String TEMPLATE = "templates/admin/admin.vm";

    private final Access access;
    private final TemplateRenderer renderer;
    private final PageResources resources;
    private final LoginRedirects logins;

    @Inject
    public AdminPageServlet(Access access, TemplateRenderer renderer, PageResources resources, LoginRedirects logins) {
        this.access = access;
        this.renderer = renderer;
        this.resources = resources;
        this.logins = logins;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<UserRef> caller = access.caller();
        if (caller.isEmpty()) {
            response.sendRedirect(logins.loginUri(currentUri(request)).toASCIIString());
            return;
        }
        UserRef user = caller.get();
        Texts texts = new Texts(request.getLocale());
        if (!access.isOpsManager(user)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, texts.get("prodops.admin.forbidden"));
            return;
        }
        resources.require(WebResources.ADMIN);
        AdminPageView view = new AdminPageView(texts, request.getContextPath() + RestApi.BASE, access.isAdmin(user),
                request.getContextPath() + Pages.SERVLET_ROOT + Pages.TEMPLATES);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        renderer.render(TEMPLATE, Map.of("view", view), response.getWriter());
    }

    private static URI currentUri(HttpServletRequest request) {
        String query = request.getQueryString();
        return URI.create(request.getRequestURI() + (query == null ? "" : "?" + query));
    }
}

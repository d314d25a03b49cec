package io.prodops.governance.experiment.web;

import com.atlassian.annotations.security.UnlicensedSiteAccess;
import io.prodops.governance.common.domain.Access;
import io.prodops.governance.common.domain.UserRef;
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
import java.util.Optional;

/**
 * The Experiment issue type administration page ({@code /plugins/servlet/prodops/experiment-type}): for Jira admins
 * (changing issue type schemes is a Jira admin's job). A page shell only; experiment-type-page.js works through REST.
 */
@UnlicensedSiteAccess
public class ExperimentTypePageServlet extends HttpServlet {
    public static final String TEMPLATE = "templates/experiment/experiment-type.vm";
    public static final String[] MESSAGE_PREFIXES = {"prodops.ui.", "prodops.exptype."};

    private final Access access;
    private final PageShell shell;

    @Inject
    public ExperimentTypePageServlet(Access access, PageShell shell) {
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
        Texts texts = new Texts(request.getLocale());
        if (!access.isAdmin(caller.get())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, texts.get("prodops.exptype.forbidden"));
            return;
        }
        ExperimentTypePageView view = new ExperimentTypePageView(texts, request.getContextPath() + RestApi.BASE,
                Json.write(texts.startingWith(MESSAGE_PREFIXES)));
        shell.render(response, WebResources.EXPERIMENT_TYPE_PAGE, TEMPLATE, view);
    }
}

package io.prodops.governance.experiment.web;

import com.atlassian.annotations.security.AnonymousSiteAccess;
import io.prodops.governance.common.domain.Access;
import io.prodops.governance.common.domain.IssueFacts;
import io.prodops.governance.common.web.Json;
import io.prodops.governance.common.web.PageShell;
import io.prodops.governance.common.web.Pages;
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
 * The full experiment page of an issue: {@code /plugins/servlet/prodops/experiment/{issueKey}} (or {@code ?issueKey=}).
 * A page shell for anyone who may browse the issue; an issue the caller may not browse answers 404 like a missing
 * one. The design form, results entry and decision form are offered to callers with Edit permission; the REST API
 * enforces every rule again.
 */
@AnonymousSiteAccess
public class ExperimentPageServlet extends HttpServlet {
    public static final String TEMPLATE = "templates/experiment/experiment-page.vm";
    static final String[] MESSAGE_PREFIXES = {"prodops.ui.", "prodops.exp.", "prodops.exppage."};

    private final Access access;
    private final PageShell shell;

    @Inject
    public ExperimentPageServlet(Access access, PageShell shell) {
        this.access = access;
        this.shell = shell;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Texts texts = new Texts(request.getLocale());
        Optional<IssueFacts> found = shell.browsableIssue(request, response, access, Pages.EXPERIMENT, texts, "prodops.exppage.noissue", "prodops.exppage.notfound");
        if (found.isEmpty()) {
            return;
        }
        IssueFacts issue = found.get();
        String contextPath = request.getContextPath();
        ExperimentPageView view = new ExperimentPageView(texts, contextPath + RestApi.BASE, issue.key(), issue.summary(),
                contextPath + "/browse/" + issue.key(), access.canEdit(issue.key()), Json.write(texts.startingWith(MESSAGE_PREFIXES)));
        shell.render(response, WebResources.EXPERIMENT_PAGE, TEMPLATE, view);
    }
}

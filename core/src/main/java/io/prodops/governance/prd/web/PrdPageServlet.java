package io.prodops.governance.prd.web;

import com.atlassian.annotations.security.AnonymousSiteAccess;
import io.prodops.governance.common.domain.Access;
import io.prodops.governance.common.domain.AccessDeniedException;
import io.prodops.governance.common.domain.IssueFacts;
import io.prodops.governance.common.domain.NotAuthenticatedException;
import io.prodops.governance.common.domain.NotFoundException;
import io.prodops.governance.common.domain.UserRef;
import io.prodops.governance.common.web.Json;
import io.prodops.governance.common.web.Pages;
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
 * The full PRD page of an issue: {@code /plugins/servlet/prodops/prd/{issueKey}} (or {@code ?issueKey=}). A page shell
 * for anyone who may browse the issue (anonymous visitors too when the host's anonymous Browse permission covers it);
 * an issue the caller may not browse answers 404 like a missing one. Editing controls appear for callers with Edit
 * permission; the REST API enforces every rule again.
 */
@AnonymousSiteAccess
public class PrdPageServlet extends HttpServlet {
    public static final String TEMPLATE = "templates/prd/prd-page.vm";
    static final String[] MESSAGE_PREFIXES = {"prodops.ui.", "prodops.prd.", "prodops.richtext."};

    private final Access access;
    private final PageShell shell;

    @Inject
    public PrdPageServlet(Access access, PageShell shell) {
        this.access = access;
        this.shell = shell;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Texts texts = new Texts(request.getLocale());
        Optional<IssueFacts> found = shell.browsableIssue(request, response, access, Pages.PRD, texts, "prodops.prd.page.noissue", "prodops.prd.page.notfound");
        if (found.isEmpty()) {
            return;
        }
        IssueFacts issue = found.get();
        Optional<UserRef> caller = access.caller();
        String contextPath = request.getContextPath();
        PrdPageView view = new PrdPageView(texts, contextPath + RestApi.BASE, issue.key(), issue.summary(),
                contextPath + "/browse/" + issue.key(), canEdit(issue), caller.map(UserRef::key).orElse(""),
                Json.write(texts.startingWith(MESSAGE_PREFIXES)));
        shell.render(response, WebResources.PRD_PAGE, TEMPLATE, view);
    }

    private boolean canEdit(IssueFacts issue) {
        try {
            access.requireEditable(issue.key());
            return true;
        } catch (AccessDeniedException | NotAuthenticatedException | NotFoundException e) {
            return false;
        }
    }
}

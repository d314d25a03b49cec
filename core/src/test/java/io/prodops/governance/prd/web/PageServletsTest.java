package io.prodops.governance.prd.web;

import io.prodops.governance.common.web.PageShell;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.prodops.governance.common.domain.Access;
import io.prodops.governance.common.domain.AccessDeniedException;
import io.prodops.governance.common.domain.IssueFacts;
import io.prodops.governance.common.domain.NotAuthenticatedException;
import io.prodops.governance.common.domain.NotFoundException;
import io.prodops.governance.common.domain.ProjectRef;
import io.prodops.governance.common.domain.StatusCategory;
import io.prodops.governance.common.domain.UserRef;
import io.prodops.governance.common.port.LoginRedirects;
import io.prodops.governance.common.port.PageResources;
import io.prodops.governance.common.web.WebResources;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The PRD page and template page servlets with mocked ports: who gets the page, and what its view model carries. */
public class PageServletsTest {
    private static final UserRef PETE = new UserRef("JIRAUSER10101", "Pete Product");
    private final Access access = mock(Access.class);
    private final TemplateRenderer renderer = mock(TemplateRenderer.class);
    private final PageResources resources = mock(PageResources.class);
    private final LoginRedirects logins = mock(LoginRedirects.class);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);

    @Before
    public void request() throws Exception {
        when(request.getContextPath()).thenReturn("/jira");
        when(request.getLocale()).thenReturn(Locale.ENGLISH);
        when(response.getWriter()).thenReturn(new PrintWriter(new StringWriter()));
        when(logins.loginUri(any())).thenAnswer(i -> URI.create("/jira/login.jsp?os_destination=" + i.getArgument(0)));
    }

    private static IssueFacts issue(String key) {
        return new IssueFacts(10100, key, "One-page checkout", new ProjectRef(10000, "PHX", "Phoenix"), "Initiative", "In Progress",
                StatusCategory.IN_PROGRESS, null, null, null);
    }

    @SuppressWarnings("unchecked")
    private <T> T renderedView() throws Exception {
        ArgumentCaptor<Map<String, Object>> context = ArgumentCaptor.forClass(Map.class);
        verify(renderer).render(anyString(), context.capture(), any());
        return (T) context.getValue().get("view");
    }

    @Test
    public void thePrdPageOfAnIssueFromThePath() throws Exception {
        when(request.getRequestURI()).thenReturn("/jira/plugins/servlet/prodops/prd/PHX-1");
        when(access.requireBrowsable("PHX-1")).thenReturn(issue("PHX-1"));
        when(access.requireEditable("PHX-1")).thenReturn(issue("PHX-1"));
        when(access.caller()).thenReturn(Optional.of(PETE));

        new PrdPageServlet(access, shell()).doGet(request, response);

        verify(resources).require(WebResources.PRD_PAGE);
        verify(renderer).render(eq(PrdPageServlet.TEMPLATE), any(), any());
        PrdPageView view = renderedView();
        assertEquals("PHX-1", view.getIssueKey());
        assertEquals("One-page checkout", view.getIssueSummary());
        assertEquals("/jira/rest/prodops/1.0", view.getRestBase());
        assertEquals("/jira/browse/PHX-1", view.getIssueUrl());
        assertTrue(view.isCanEdit());
        assertEquals("JIRAUSER10101", view.getUserKey());
        assertTrue(view.getMessagesJson().contains("\"prodops.prd.saved\""));
        assertFalse("only the page's strings", view.getMessagesJson().contains("\"prodops.templates."));
        verify(response).setHeader("Cache-Control", "no-store");
    }

    @Test
    public void thePrdPageByParameterForAViewer() throws Exception {
        when(request.getRequestURI()).thenReturn("/jira/plugins/servlet/prodops/prd");
        when(request.getParameter("issueKey")).thenReturn("PHX-1");
        when(access.requireBrowsable("PHX-1")).thenReturn(issue("PHX-1"));
        when(access.requireEditable("PHX-1")).thenThrow(new AccessDeniedException("no"));
        when(access.caller()).thenReturn(Optional.of(new UserRef("JIRAUSER10102", "Vic Viewer")));

        new PrdPageServlet(access, shell()).doGet(request, response);

        PrdPageView view = renderedView();
        assertFalse(view.isCanEdit());
    }

    @Test
    public void anIssueTheCallerMayNotSeeIsNotFoundAndAnonymousCallersLogInFirst() throws Exception {
        when(request.getRequestURI()).thenReturn("/jira/plugins/servlet/prodops/prd/SEC-1");
        when(access.requireBrowsable("SEC-1")).thenThrow(NotFoundException.issue("SEC-1"));
        new PrdPageServlet(access, shell()).doGet(request, response);
        verify(response).sendError(404, "Issue SEC-1 does not exist or you do not have permission to see it.");

        HttpServletResponse anonymous = mock(HttpServletResponse.class);
        doThrow(new NotAuthenticatedException()).when(access).requireBrowsable("SEC-1");
        new PrdPageServlet(access, shell()).doGet(request, anonymous);
        verify(anonymous).sendRedirect("/jira/login.jsp?os_destination=/jira/plugins/servlet/prodops/prd/SEC-1");
        verify(renderer, never()).render(anyString(), any(), any());
        verify(resources, never()).require(anyString());
    }

    @Test
    public void malformedKeysAreNotFoundWithoutALookup() throws Exception {
        when(request.getRequestURI()).thenReturn("/jira/plugins/servlet/prodops/prd/%3Cscript%3E");
        new PrdPageServlet(access, shell()).doGet(request, response);
        verify(response).sendError(eq(404), anyString());
        verify(access, never()).requireBrowsable(anyString());
    }

    @Test
    public void templateAdministrationIsForOpsManagers() throws Exception {
        TemplatesPageServlet servlet = new TemplatesPageServlet(access, shell());
        when(request.getRequestURI()).thenReturn("/jira/plugins/servlet/prodops/templates");

        when(access.caller()).thenReturn(Optional.empty());
        servlet.doGet(request, response);
        verify(response).sendRedirect("/jira/login.jsp?os_destination=/jira/plugins/servlet/prodops/templates");

        HttpServletResponse pm = mock(HttpServletResponse.class);
        when(access.caller()).thenReturn(Optional.of(PETE));
        servlet.doGet(request, pm);
        verify(pm).sendError(403, "Only ops managers and Jira administrators can manage PRD templates.");

        UserRef olga = new UserRef("JIRAUSER10100", "Olga Ops");
        when(access.caller()).thenReturn(Optional.of(olga));
        when(access.isOpsManager(olga)).thenReturn(true);
        servlet.doGet(request, response);
        verify(resources).require(WebResources.TEMPLATES_PAGE);
        TemplatesPageView view = renderedView();
        assertEquals("/jira/rest/prodops/1.0", view.getRestBase());
        assertTrue(view.getMessagesJson().contains("\"prodops.templates.publish\""));
    }

    private PageShell shell() {
        return new PageShell(renderer, resources, logins);
    }
}

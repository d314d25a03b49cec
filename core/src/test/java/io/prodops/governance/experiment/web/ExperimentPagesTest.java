package io.prodops.governance.experiment.web;

import com.atlassian.templaterenderer.TemplateRenderer;
import io.prodops.governance.common.domain.Access;
import io.prodops.governance.common.domain.IssueFacts;
import io.prodops.governance.common.domain.NotAuthenticatedException;
import io.prodops.governance.common.domain.NotFoundException;
import io.prodops.governance.common.domain.ProjectRef;
import io.prodops.governance.common.domain.StatusCategory;
import io.prodops.governance.common.port.LoginRedirects;
import io.prodops.governance.common.port.PageResources;
import io.prodops.governance.common.web.PageShell;
import io.prodops.governance.common.web.Texts;
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

/** The experiment page servlet and panel view with mocked ports: who gets the page, and what its view model carries. */
public class ExperimentPagesTest {
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

    private static IssueFacts issue(String key, String type) {
        return new IssueFacts(10200, key, "Shorter checkout test", new ProjectRef(10000, "PHX", "Phoenix"), type, "Running",
                StatusCategory.IN_PROGRESS, null, null, null);
    }

    private ExperimentPageServlet servlet() {
        return new ExperimentPageServlet(access, new PageShell(renderer, resources, logins));
    }

    private ExperimentPageView renderedView() throws Exception {
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Object>> context = ArgumentCaptor.forClass(Map.class);
        verify(renderer).render(eq(ExperimentPageServlet.TEMPLATE), context.capture(), any());
        return (ExperimentPageView) context.getValue().get("view");
    }

    @Test
    public void theExperimentPageOfAnIssueForAnEditor() throws Exception {
        when(request.getRequestURI()).thenReturn("/jira/plugins/servlet/prodops/experiment/PHX-7");
        when(access.requireBrowsable("PHX-7")).thenReturn(issue("PHX-7", "Experiment"));
        when(access.canEdit("PHX-7")).thenReturn(true);

        servlet().doGet(request, response);

        verify(resources).require(WebResources.EXPERIMENT_PAGE);
        ExperimentPageView view = renderedView();
        assertEquals("PHX-7", view.getIssueKey());
        assertEquals("Shorter checkout test", view.getIssueSummary());
        assertEquals("/jira/rest/prodops/1.0", view.getRestBase());
        assertEquals("/jira/browse/PHX-7", view.getIssueUrl());
        assertTrue(view.isCanEdit());
        assertTrue("page strings", view.getMessagesJson().contains("\"prodops.exppage.planner\""));
        assertTrue("shared strings", view.getMessagesJson().contains("\"prodops.exp.srm.title\""));
        assertFalse("only the page's strings", view.getMessagesJson().contains("\"prodops.prd."));
        verify(response).setHeader("Cache-Control", "no-store");
    }

    @Test
    public void byParameterAViewerGetsTheReadOnlyPage() throws Exception {
        when(request.getRequestURI()).thenReturn("/jira/plugins/servlet/prodops/experiment");
        when(request.getParameter("issueKey")).thenReturn("PHX-7");
        when(access.requireBrowsable("PHX-7")).thenReturn(issue("PHX-7", "Experiment"));
        when(access.canEdit("PHX-7")).thenReturn(false);

        servlet().doGet(request, response);

        assertFalse(renderedView().isCanEdit());
    }

    @Test
    public void hiddenIssuesAreNotFoundAnonymousCallersLogInAndMalformedKeysAreNotLookedUp() throws Exception {
        when(request.getRequestURI()).thenReturn("/jira/plugins/servlet/prodops/experiment/SEC-3");
        when(access.requireBrowsable("SEC-3")).thenThrow(NotFoundException.issue("SEC-3"));
        servlet().doGet(request, response);
        verify(response).sendError(404, "Issue SEC-3 does not exist or you do not have permission to see it.");

        HttpServletResponse anonymous = mock(HttpServletResponse.class);
        doThrow(new NotAuthenticatedException()).when(access).requireBrowsable("SEC-3");
        servlet().doGet(request, anonymous);
        verify(anonymous).sendRedirect("/jira/login.jsp?os_destination=/jira/plugins/servlet/prodops/experiment/SEC-3");

        HttpServletResponse malformed = mock(HttpServletResponse.class);
        when(request.getRequestURI()).thenReturn("/jira/plugins/servlet/prodops/experiment/%3Cscript%3E");
        servlet().doGet(request, malformed);
        verify(malformed).sendError(eq(404), anyString());
        verify(access, never()).requireBrowsable("<script>");
        verify(renderer, never()).render(anyString(), any(), any());
        verify(resources, never()).require(anyString());
    }

    @Test
    public void thePanelShowsOnExperimentIssuesAndLinksToThePage() {
        assertTrue(ExperimentPanelView.appliesTo(issue("PHX-7", "Experiment")));
        assertTrue(ExperimentPanelView.appliesTo(issue("PHX-7", "experiment")));
        assertFalse(ExperimentPanelView.appliesTo(issue("PHX-1", "Initiative")));
        assertFalse(ExperimentPanelView.appliesTo(issue("PHX-1", null)));

        ExperimentPanelView view = ExperimentPanelView.of(new Texts(Locale.ENGLISH), "/jira", "PHX-7", true);
        assertEquals("/jira/plugins/servlet/prodops/experiment/PHX-7", view.getExperimentPageUrl());
        assertEquals("/jira/rest/prodops/1.0", view.getRestBase());
        assertTrue(view.isCanEdit());
        assertTrue(view.getMessagesJson().contains("\"prodops.exp.create\""));
        assertFalse("the panel needs no page-only strings", view.getMessagesJson().contains("\"prodops.exppage."));
    }
}

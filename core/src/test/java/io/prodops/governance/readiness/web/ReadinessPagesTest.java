package io.prodops.governance.readiness.web;

import com.atlassian.templaterenderer.TemplateRenderer;
import io.prodops.governance.common.domain.Access;
import io.prodops.governance.common.domain.UserRef;
import io.prodops.governance.common.port.LoginRedirects;
import io.prodops.governance.common.port.PageResources;
import io.prodops.governance.common.web.PageShell;
import io.prodops.governance.common.web.ScriptPageView;
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
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The gate-set page servlet with mocked ports (who gets the page, what its shell carries) and the panel's view model. */
public class ReadinessPagesTest {
    private static final UserRef OLGA = new UserRef("JIRAUSER10100", "Olga Ops");
    private static final UserRef PETE = new UserRef("JIRAUSER10101", "Pete Product");
    private final Access access = mock(Access.class);
    private final TemplateRenderer renderer = mock(TemplateRenderer.class);
    private final PageResources resources = mock(PageResources.class);
    private final LoginRedirects logins = mock(LoginRedirects.class);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final GateSetsPageServlet servlet = new GateSetsPageServlet(access, new PageShell(renderer, resources, logins));

    @Before
    public void request() throws Exception {
        when(request.getContextPath()).thenReturn("/jira");
        when(request.getLocale()).thenReturn(Locale.ENGLISH);
        when(request.getRequestURI()).thenReturn("/jira/plugins/servlet/prodops/gatesets");
        when(response.getWriter()).thenReturn(new PrintWriter(new StringWriter()));
        when(logins.loginUri(any())).thenAnswer(i -> URI.create("/jira/login.jsp?os_destination=" + i.getArgument(0)));
    }

    @Test
    public void anOpsManagerGetsThePageShellWithItsStringsAndResources() throws Exception {
        when(access.caller()).thenReturn(Optional.of(OLGA));
        when(access.isOpsManager(OLGA)).thenReturn(true);

        servlet.doGet(request, response);

        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Object>> context = ArgumentCaptor.forClass(Map.class);
        verify(renderer).render(eq(GateSetsPageServlet.TEMPLATE), context.capture(), any());
        ScriptPageView view = (ScriptPageView) context.getValue().get("view");
        assertEquals("/jira/rest/prodops/1.0", view.getRestBase());
        assertTrue(view.getMessagesJson().contains("\"prodops.gatesetpage.param.jql\""));
        assertTrue(view.getMessagesJson().contains("\"prodops.ui.loading\""));
        assertFalse("only the page's own strings", view.getMessagesJson().contains("\"prodops.templates."));
        assertEquals("Launch gate sets", view.text("prodops.gatesetpage.title"));
        verify(resources).require(WebResources.GATESETS_PAGE);
        verify(response).setHeader("Cache-Control", "no-store");
    }

    @Test
    public void anonymousVisitorsGoToTheLoginAndComeBack() throws Exception {
        when(access.caller()).thenReturn(Optional.empty());

        servlet.doGet(request, response);

        verify(response).sendRedirect("/jira/login.jsp?os_destination=/jira/plugins/servlet/prodops/gatesets");
        verify(renderer, never()).render(anyString(), any(Map.class), any());
    }

    @Test
    public void everyoneElseIsRefused() throws Exception {
        when(access.caller()).thenReturn(Optional.of(PETE));
        when(access.isOpsManager(PETE)).thenReturn(false);

        servlet.doGet(request, response);

        verify(response).sendError(403, "Only ops managers and Jira administrators can manage launch gate sets.");
        verify(renderer, never()).render(anyString(), any(Map.class), any());
        verify(resources, never()).require(anyString());
    }

    @Test
    public void thePanelShellCarriesTheIssueTheRestBaseAndOnHostsWithOneTheLaunchAddress() {
        Texts texts = new Texts(Locale.ENGLISH);
        ReadinessPanelView jira = ReadinessPanelView.of(texts, "/jira", "PHX-1");
        assertEquals("PHX-1", jira.getIssueKey());
        assertEquals("/jira/rest/prodops/1.0", jira.getRestBase());
        assertEquals("/jira/browse/", jira.getBrowseBase());
        assertEquals("", jira.getLaunchUrl());
        assertTrue(jira.getMessagesJson().contains("\"prodops.readypanel.waive.reason\""));
        assertTrue("gate statuses come with their names", jira.getMessagesJson().contains("\"prodops.ui.status.WAIVED\""));
        assertFalse(jira.getMessagesJson().contains("\"prodops.gatesetpage."));

        ReadinessPanelView host = ReadinessPanelView.withLaunch(texts, "", "PHX-1", "/launch/PHX-1");
        assertEquals("/launch/PHX-1", host.getLaunchUrl());
        assertEquals("/browse/", host.getBrowseBase());
        assertEquals("Launch readiness", host.text("prodops.readypanel.label"));
    }
}

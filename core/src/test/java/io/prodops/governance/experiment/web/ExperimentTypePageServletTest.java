package io.prodops.governance.experiment.web;

import com.atlassian.templaterenderer.TemplateRenderer;
import io.prodops.governance.common.domain.Access;
import io.prodops.governance.common.domain.UserRef;
import io.prodops.governance.common.port.LoginRedirects;
import io.prodops.governance.common.port.PageResources;
import io.prodops.governance.common.web.PageShell;
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

/** The Experiment issue type page with mocked ports: Jira admins get the shell, others 403, anonymous callers log in. */
public class ExperimentTypePageServletTest {
    private static final UserRef ADMIN = new UserRef("admin", "Ada Admin");
    private static final UserRef OLGA = new UserRef("JIRAUSER10100", "Olga Ops");
    private final Access access = mock(Access.class);
    private final TemplateRenderer renderer = mock(TemplateRenderer.class);
    private final PageResources resources = mock(PageResources.class);
    private final LoginRedirects logins = mock(LoginRedirects.class);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final ExperimentTypePageServlet servlet = new ExperimentTypePageServlet(access, new PageShell(renderer, resources, logins));

    @Before
    public void request() throws Exception {
        when(request.getContextPath()).thenReturn("/jira");
        when(request.getRequestURI()).thenReturn("/jira/plugins/servlet/prodops/experiment-type");
        when(request.getLocale()).thenReturn(Locale.ENGLISH);
        when(response.getWriter()).thenReturn(new PrintWriter(new StringWriter()));
        when(logins.loginUri(any())).thenAnswer(i -> URI.create("/jira/login.jsp?os_destination=" + i.getArgument(0)));
        when(access.isAdmin(ADMIN)).thenReturn(true);
        when(access.isOpsManager(OLGA)).thenReturn(true);
    }

    @Test
    @SuppressWarnings("unchecked")
    public void jiraAdminsGetTheShellWithItsStrings() throws Exception {
        when(access.caller()).thenReturn(Optional.of(ADMIN));
        servlet.doGet(request, response);

        verify(resources).require(WebResources.EXPERIMENT_TYPE_PAGE);
        ArgumentCaptor<Map<String, Object>> context = ArgumentCaptor.forClass(Map.class);
        verify(renderer).render(eq(ExperimentTypePageServlet.TEMPLATE), context.capture(), any());
        ExperimentTypePageView view = (ExperimentTypePageView) context.getValue().get("view");
        assertEquals("/jira/rest/prodops/1.0", view.getRestBase());
        assertTrue(view.getMessagesJson().contains("\"prodops.exptype.confirm.copy\""));
        assertTrue(view.getMessagesJson().contains("\"prodops.ui.cancel\""));
        assertFalse("only the page's strings", view.getMessagesJson().contains("\"prodops.templates."));
        assertEquals("Experiment issue type", view.text("prodops.exptype.title"));
        verify(response).setHeader("Cache-Control", "no-store");
    }

    @Test
    public void opsManagersWhoAreNotJiraAdminsAreRefused() throws Exception {
        when(access.caller()).thenReturn(Optional.of(OLGA));
        servlet.doGet(request, response);
        verify(response).sendError(403, "Only Jira administrators can change issue type schemes.");
        verify(renderer, never()).render(anyString(), any(), any());
    }

    @Test
    public void anonymousCallersLogInFirst() throws Exception {
        when(access.caller()).thenReturn(Optional.empty());
        servlet.doGet(request, response);
        verify(response).sendRedirect("/jira/login.jsp?os_destination=/jira/plugins/servlet/prodops/experiment-type");
        verify(resources, never()).require(anyString());
    }
}

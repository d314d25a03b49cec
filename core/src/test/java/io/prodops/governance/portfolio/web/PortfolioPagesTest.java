package io.prodops.governance.portfolio.web;

import com.atlassian.templaterenderer.TemplateRenderer;
import io.prodops.governance.common.domain.Access;
import io.prodops.governance.common.domain.UserRef;
import io.prodops.governance.common.port.LoginRedirects;
import io.prodops.governance.common.port.PageResources;
import io.prodops.governance.common.web.PageShell;
import io.prodops.governance.common.web.ScriptPageView;
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

/**
 * The portfolio and health-rules page servlets with mocked ports: who gets which page (anyone logged in / ops managers),
 * where anonymous visitors go, and what the shells carry. Which rows a caller sees is the REST API's job (tested there).
 */
public class PortfolioPagesTest {
    private static final UserRef OLGA = new UserRef("JIRAUSER10100", "Olga Ops");
    private static final UserRef VIC = new UserRef("JIRAUSER10102", "Vic Viewer");
    private final Access access = mock(Access.class);
    private final TemplateRenderer renderer = mock(TemplateRenderer.class);
    private final PageResources resources = mock(PageResources.class);
    private final LoginRedirects logins = mock(LoginRedirects.class);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final PageShell shell = new PageShell(renderer, resources, logins);
    private final PortfolioPageServlet portfolio = new PortfolioPageServlet(access, shell);
    private final HealthRulesPageServlet rules = new HealthRulesPageServlet(access, shell);

    @Before
    public void request() throws Exception {
        when(request.getContextPath()).thenReturn("/jira");
        when(request.getLocale()).thenReturn(Locale.ENGLISH);
        when(request.getRequestURI()).thenReturn("/jira/plugins/servlet/prodops/portfolio");
        when(request.getQueryString()).thenReturn("view=7");
        when(response.getWriter()).thenReturn(new PrintWriter(new StringWriter()));
        when(logins.loginUri(any())).thenAnswer(i -> URI.create("/jira/login.jsp?os_destination=" + i.getArgument(0)));
    }

    @Test
    public void aViewerGetsThePortfolioShellWithItsStringsAndResources() throws Exception {
        when(access.caller()).thenReturn(Optional.of(VIC));

        portfolio.doGet(request, response);

        ScriptPageView view = rendered(PortfolioPageServlet.TEMPLATE);
        assertEquals("/jira/rest/prodops/1.0", view.getRestBase());
        assertTrue(view.getMessagesJson().contains("\"prodops.portfolio.page.why\""));
        assertTrue("health colours come with their names", view.getMessagesJson().contains("\"prodops.ui.status.RED\""));
        assertFalse("only the page's own strings", view.getMessagesJson().contains("\"prodops.rulespage."));
        assertEquals("Portfolio", view.text("prodops.portfolio.page.title"));
        verify(resources).require(WebResources.PORTFOLIO_PAGE);
        verify(response).setHeader("Cache-Control", "no-store");
    }

    @Test
    public void anonymousVisitorsGoToTheLoginAndComeBackToTheirView() throws Exception {
        when(access.caller()).thenReturn(Optional.empty());

        portfolio.doGet(request, response);

        verify(response).sendRedirect("/jira/login.jsp?os_destination=/jira/plugins/servlet/prodops/portfolio?view=7");
        verify(renderer, never()).render(anyString(), any(Map.class), any());
        verify(resources, never()).require(anyString());
    }

    @Test
    public void anOpsManagerGetsTheHealthRulesShell() throws Exception {
        when(access.caller()).thenReturn(Optional.of(OLGA));
        when(access.isOpsManager(OLGA)).thenReturn(true);

        rules.doGet(request, response);

        ScriptPageView view = rendered(HealthRulesPageServlet.TEMPLATE);
        assertTrue(view.getMessagesJson().contains("\"prodops.rulespage.rule.NOT_READY_NEAR_TARGET\""));
        assertFalse(view.getMessagesJson().contains("\"prodops.portfolio.page."));
        verify(resources).require(WebResources.HEALTH_RULES_PAGE);
    }

    @Test
    public void theHealthRulesPageRefusesEveryoneElse() throws Exception {
        when(access.caller()).thenReturn(Optional.of(VIC));
        when(access.isOpsManager(VIC)).thenReturn(false);

        rules.doGet(request, response);

        verify(response).sendError(403, "Only ops managers and Jira administrators can manage the portfolio health rules.");
        verify(renderer, never()).render(anyString(), any(Map.class), any());
        verify(resources, never()).require(anyString());
    }

    private ScriptPageView rendered(String template) throws Exception {
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Object>> context = ArgumentCaptor.forClass(Map.class);
        verify(renderer).render(eq(template), context.capture(), any());
        return (ScriptPageView) context.getValue().get("view");
    }
}

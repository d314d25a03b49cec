package io.prodops.governance.jira.web;

import com.atlassian.jira.issue.Issue;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.prodops.governance.common.domain.Access;
import io.prodops.governance.common.domain.AccessDeniedException;
import io.prodops.governance.common.domain.IssueFacts;
import io.prodops.governance.common.domain.NotAuthenticatedException;
import io.prodops.governance.common.domain.NotFoundException;
import io.prodops.governance.common.domain.ProjectRef;
import io.prodops.governance.common.domain.StatusCategory;
import io.prodops.governance.common.port.PageResources;
import io.prodops.governance.common.web.WebResources;
import io.prodops.governance.prd.web.PrdPanelView;
import org.junit.Before;
import org.junit.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class PrdPanelContextProviderTest {
    private final Access access = mock(Access.class);
    private final PageResources resources = mock(PageResources.class);
    private final ApplicationProperties application = mock(ApplicationProperties.class);
    private final Issue issue = mock(Issue.class);
    private final com.atlassian.jira.security.JiraAuthenticationContext authentication = org.mockito.Mockito.mock(com.atlassian.jira.security.JiraAuthenticationContext.class);
    private final PrdPanelContextProvider provider = new PrdPanelContextProvider(access, resources, application, authentication);
    private final Map<String, Object> context = new HashMap<>();

    @Before
    public void viewedIssue() {
        when(issue.getKey()).thenReturn("PHX-1");
        when(application.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/jira");
        context.put("issue", issue);
        context.put("helper", "jira's own entry");
        when(access.canEdit(anyString())).thenCallRealMethod(); // Access decides from requireEditable, stubbed per test
    }

    private static IssueFacts facts(String key) {
        return new IssueFacts(10100, key, "One-page checkout", new ProjectRef(10000, "PHX", "Phoenix Checkout"), "Initiative", "In Progress",
                StatusCategory.IN_PROGRESS, null, null, null);
    }

    @Test
    public void anEditorGetsThePanelShellWithCreateRightsAndTheResources() {
        when(access.requireBrowsable("PHX-1")).thenReturn(facts("PHX-1"));
        when(access.requireEditable("PHX-1")).thenReturn(facts("PHX-1"));

        Map<String, Object> result = provider.getContextMap(context);

        PrdPanelView view = (PrdPanelView) result.get("view");
        assertEquals("PHX-1", view.getIssueKey());
        assertEquals("/jira/rest/prodops/1.0", view.getRestBase());
        assertEquals("/jira/plugins/servlet/prodops/prd/PHX-1", view.getPrdPageUrl());
        assertTrue(view.isCanEdit());
        assertTrue("the script gets its strings", view.getMessagesJson().contains("\"prodops.panel.open\""));
        assertSame("Jira's context entries stay", issue, result.get("issue"));
        assertEquals("jira's own entry", result.get("helper"));
        verify(resources).require(WebResources.PRD_PANEL);
    }

    @Test
    public void aViewerGetsThePanelWithoutCreateRights() {
        when(access.requireBrowsable("PHX-1")).thenReturn(facts("PHX-1"));
        when(access.requireEditable("PHX-1")).thenThrow(new AccessDeniedException("You need Edit permission on PHX-1 to do this."));

        PrdPanelView view = (PrdPanelView) provider.getContextMap(context).get("view");

        assertFalse(view.isCanEdit());
        verify(resources).require(WebResources.PRD_PANEL);
    }

    @Test
    public void anIssueTheCallerMayNotBrowseGetsNoPanelContent() {
        when(access.requireBrowsable("PHX-1")).thenThrow(NotFoundException.issue("PHX-1"));

        Map<String, Object> result = provider.getContextMap(context);

        assertNull(result.get("view"));
        verify(resources, never()).require(anyString());
        verify(access, never()).requireEditable(anyString());
    }

    @Test
    public void anonymousVisitorsWithoutAnonymousBrowseGetNoPanelContent() {
        when(access.requireBrowsable("PHX-1")).thenThrow(new NotAuthenticatedException());

        assertNull(provider.getContextMap(context).get("view"));
        verify(resources, never()).require(anyString());
    }

    @Test
    public void noIssueInTheContextMeansNoPanelContent() {
        context.remove("issue");
        context.put("view", "stale");

        assertNull(provider.getContextMap(context).get("view"));
        verify(access, never()).requireBrowsable(anyString());
    }

    @Test
    public void theIssueKeyIsTheCurrentOneAndJiraAtTheRootHasNoContextPath() {
        when(application.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/");
        when(issue.getKey()).thenReturn("OLD-7"); // moved issue: the directory answers with the current key
        when(access.requireBrowsable("OLD-7")).thenReturn(facts("PHX-7"));
        when(access.requireEditable("PHX-7")).thenReturn(facts("PHX-7"));

        PrdPanelView view = (PrdPanelView) provider.getContextMap(context).get("view");

        assertEquals("PHX-7", view.getIssueKey());
        assertEquals("/rest/prodops/1.0", view.getRestBase());
        assertEquals("/plugins/servlet/prodops/prd/PHX-7", view.getPrdPageUrl());
    }
}

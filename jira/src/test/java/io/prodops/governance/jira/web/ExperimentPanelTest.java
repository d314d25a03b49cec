package io.prodops.governance.jira.web;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.prodops.governance.common.domain.Access;
import io.prodops.governance.common.domain.IssueFacts;
import io.prodops.governance.common.domain.NotAuthenticatedException;
import io.prodops.governance.common.domain.NotFoundException;
import io.prodops.governance.common.domain.ProjectRef;
import io.prodops.governance.common.domain.StatusCategory;
import io.prodops.governance.common.port.PageResources;
import io.prodops.governance.common.web.WebResources;
import io.prodops.governance.experiment.web.ExperimentPanelView;
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
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The experiment web panel's condition and context provider: Experiment issues the caller may browse, nothing else. */
public class ExperimentPanelTest {
    private final Access access = mock(Access.class);
    private final PageResources resources = mock(PageResources.class);
    private final ApplicationProperties application = mock(ApplicationProperties.class);
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final Issue issue = mock(Issue.class);
    private final ExperimentPanelContextProvider provider = new ExperimentPanelContextProvider(access, resources, application, authentication);
    private final ExperimentPanelCondition condition = new ExperimentPanelCondition(access);
    private final Map<String, Object> context = new HashMap<>();

    @Before
    public void viewedIssue() {
        when(issue.getKey()).thenReturn("PHX-12");
        when(application.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/jira");
        context.put("issue", issue);
        context.put("helper", "jira's own entry");
    }

    private static IssueFacts facts(String key, String type) {
        return new IssueFacts(10200, key, "Express pay button", new ProjectRef(10000, "PHX", "Phoenix Checkout"), type, "Running",
                StatusCategory.IN_PROGRESS, null, null, null);
    }

    @Test
    public void anEditorOfAnExperimentIssueGetsThePanelShellAndItsResources() {
        when(access.requireBrowsable("PHX-12")).thenReturn(facts("PHX-12", "Experiment"));
        when(access.canEdit("PHX-12")).thenReturn(true);

        assertTrue(condition.shouldDisplay(context));
        Map<String, Object> result = provider.getContextMap(context);

        ExperimentPanelView view = (ExperimentPanelView) result.get("view");
        assertEquals("PHX-12", view.getIssueKey());
        assertEquals("/jira/rest/prodops/1.0", view.getRestBase());
        assertEquals("/jira/plugins/servlet/prodops/experiment/PHX-12", view.getExperimentPageUrl());
        assertTrue(view.isCanEdit());
        assertTrue(view.getMessagesJson().contains("\"prodops.exp.panel.open\""));
        assertSame("Jira's context entries stay", issue, result.get("issue"));
        assertEquals("jira's own entry", result.get("helper"));
        verify(resources).require(WebResources.EXPERIMENT_PANEL);
    }

    @Test
    public void aViewerGetsThePanelWithoutCreateRights() {
        when(access.requireBrowsable("PHX-12")).thenReturn(facts("PHX-12", "Experiment"));
        when(access.canEdit("PHX-12")).thenReturn(false);

        assertFalse(((ExperimentPanelView) provider.getContextMap(context).get("view")).isCanEdit());
    }

    @Test
    public void otherIssueTypesGetNoExperimentPanel() {
        when(access.requireBrowsable("PHX-12")).thenReturn(facts("PHX-12", "Initiative"));

        assertFalse(condition.shouldDisplay(context));
        assertNull(provider.getContextMap(context).get("view"));
        verify(resources, never()).require(anyString());
    }

    @Test
    public void hiddenIssuesAnonymousVisitorsAndAMissingIssueGetNothing() {
        when(access.requireBrowsable("PHX-12")).thenThrow(NotFoundException.issue("PHX-12"));
        assertFalse(condition.shouldDisplay(context));
        assertNull(provider.getContextMap(context).get("view"));

        doThrow(new NotAuthenticatedException()).when(access).requireBrowsable("PHX-12");
        assertFalse(condition.shouldDisplay(context));
        assertNull(provider.getContextMap(context).get("view"));
        verify(resources, never()).require(anyString());

        context.remove("issue");
        context.put("view", "stale");
        assertFalse(condition.shouldDisplay(context));
        assertNull(provider.getContextMap(context).get("view"));
    }
}

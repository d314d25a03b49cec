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
import io.prodops.governance.readiness.web.ReadinessPanelView;
import org.junit.Before;
import org.junit.Test;

import java.util.HashMap;
import java.util.Locale;
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

public class ReadinessPanelContextProviderTest {
    private final Access access = mock(Access.class);
    private final PageResources resources = mock(PageResources.class);
    private final ApplicationProperties application = mock(ApplicationProperties.class);
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final Issue issue = mock(Issue.class);
    private final ReadinessPanelContextProvider provider = new ReadinessPanelContextProvider(access, resources, application, authentication);
    private final Map<String, Object> context = new HashMap<>();

    @Before
    public void viewedIssue() {
        when(issue.getKey()).thenReturn("PHX-1");
        when(application.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/jira/");
        when(authentication.getLocale()).thenReturn(Locale.ENGLISH);
        context.put("issue", issue);
    }

    @Test
    public void aBrowserOfTheIssueGetsThePanelShellWithoutALaunchButton() {
        when(access.requireBrowsable("PHX-1")).thenReturn(new IssueFacts(10100, "PHX-1", "One-page checkout",
                new ProjectRef(10000, "PHX", "Phoenix"), "Initiative", "In Progress", StatusCategory.IN_PROGRESS, null, null, null));

        Map<String, Object> result = provider.getContextMap(context);

        ReadinessPanelView view = (ReadinessPanelView) result.get("view");
        assertEquals("PHX-1", view.getIssueKey());
        assertEquals("/jira/rest/prodops/1.0", view.getRestBase());
        assertEquals("/jira/browse/", view.getBrowseBase());
        assertEquals("Jira's workflow transitions launch, not a button of ours", "", view.getLaunchUrl());
        assertTrue(view.getMessagesJson().contains("\"prodops.readypanel.signoff\""));
        assertSame(issue, result.get("issue"));
        verify(resources).require(WebResources.READINESS_PANEL);
    }

    @Test
    public void noViewForCallersWhoMayNotBrowseTheIssueOrWithoutAnIssue() {
        when(access.requireBrowsable("PHX-1")).thenThrow(NotFoundException.issue("PHX-1"));
        context.put("view", "left over");
        assertNull(provider.getContextMap(context).get("view"));

        when(issue.getKey()).thenReturn("PHX-2");
        when(access.requireBrowsable("PHX-2")).thenThrow(new NotAuthenticatedException());
        assertNull(provider.getContextMap(context).get("view"));

        assertFalse(provider.getContextMap(Map.of()).containsKey("view"));
        verify(resources, never()).require(anyString());
    }

    @Test
    public void theConditionShowsThePanelToBrowsersOfTheIssueOnly() {
        when(access.requireBrowsable("PHX-1")).thenReturn(new IssueFacts(10100, "PHX-1", "s", new ProjectRef(1, "PHX", "Phoenix"),
                "Initiative", "Open", StatusCategory.TO_DO, null, null, null));
        assertTrue(new ReadinessPanelCondition(access).shouldDisplay(Map.of("issue", issue)));

        Issue secret = mock(Issue.class);
        when(secret.getKey()).thenReturn("SEC-1");
        when(access.requireBrowsable("SEC-1")).thenThrow(NotFoundException.issue("SEC-1"));
        assertFalse(new ReadinessPanelCondition(access).shouldDisplay(Map.of("issue", secret)));
    }
}

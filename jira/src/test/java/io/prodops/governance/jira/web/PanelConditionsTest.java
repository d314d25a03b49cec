package io.prodops.governance.jira.web;

import com.atlassian.jira.issue.Issue;
import io.prodops.governance.common.domain.Access;
import io.prodops.governance.common.domain.IssueFacts;
import io.prodops.governance.common.domain.NotAuthenticatedException;
import io.prodops.governance.common.domain.NotFoundException;
import io.prodops.governance.common.domain.ProjectRef;
import io.prodops.governance.common.domain.StatusCategory;
import io.prodops.governance.common.domain.UserRef;
import org.junit.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

public class PanelConditionsTest {
    private final Access access = mock(Access.class);
    private final Issue issue = mock(Issue.class);

    @Test
    public void thePrdPanelShowsToWhoeverMayBrowseTheIssue() {
        when(issue.getKey()).thenReturn("PHX-1");
        when(access.requireBrowsable("PHX-1")).thenReturn(new IssueFacts(1, "PHX-1", "s", new ProjectRef(1, "PHX", "Phoenix"), "Initiative",
                "Open", StatusCategory.TO_DO, null, null, null));
        assertTrue(new PrdPanelCondition(access).shouldDisplay(Map.of("issue", issue)));
    }

    @Test
    public void thePrdPanelStaysHiddenForEveryoneElse() {
        when(issue.getKey()).thenReturn("SEC-1");
        when(access.requireBrowsable("SEC-1")).thenThrow(NotFoundException.issue("SEC-1"));
        assertFalse(new PrdPanelCondition(access).shouldDisplay(Map.of("issue", issue)));

        Issue anonymous = mock(Issue.class);
        when(anonymous.getKey()).thenReturn("PHX-2");
        when(access.requireBrowsable("PHX-2")).thenThrow(new NotAuthenticatedException());
        assertFalse(new PrdPanelCondition(access).shouldDisplay(Map.of("issue", anonymous)));

        assertFalse("no issue in the context", new PrdPanelCondition(access).shouldDisplay(Map.of()));
    }

    @Test
    public void theTopNavigationEntryIsForOpsManagersOnly() {
        UserRef olga = new UserRef("JIRAUSER10100", "Olga Ops");
        UserRef pete = new UserRef("JIRAUSER10101", "Pete Product");
        when(access.isOpsManager(olga)).thenReturn(true);
        when(access.isOpsManager(pete)).thenReturn(false);
        OpsManagerCondition condition = new OpsManagerCondition(access);

        when(access.caller()).thenReturn(Optional.of(olga));
        assertTrue(condition.shouldDisplay(Map.of()));
        when(access.caller()).thenReturn(Optional.of(pete));
        assertFalse(condition.shouldDisplay(Map.of()));
        when(access.caller()).thenReturn(Optional.empty());
        assertFalse(condition.shouldDisplay(Map.of()));
    }
}

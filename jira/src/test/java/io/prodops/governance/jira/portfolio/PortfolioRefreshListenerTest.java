package io.prodops.governance.jira.portfolio;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.issue.link.IssueLinkCreatedEvent;
import com.atlassian.jira.event.issue.link.IssueLinkDeletedEvent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import io.prodops.governance.portfolio.domain.SummaryRefresh;
import org.junit.Test;

import java.util.List;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

public class PortfolioRefreshListenerTest {
    private final EventPublisher events = mock(EventPublisher.class);
    private final IssueLinkManager links = mock(IssueLinkManager.class);
    private final SummaryRefresh refresh = mock(SummaryRefresh.class);
    private final PortfolioRefreshListener listener = new PortfolioRefreshListener(events, links, refresh);

    @Test
    public void itListensWhileTheAppIsEnabled() {
        listener.register();
        listener.unregister();
        var order = inOrder(events);
        order.verify(events).register(listener);
        order.verify(events).unregister(listener);
    }

    @Test
    public void everyIssueChangeRefreshesTheIssueAndItsParent() {
        // created, updated, assigned, resolved, closed, reopened, moved, work started/stopped, generic (transitions)
        for (long type : new long[]{1L, 2L, 3L, 4L, 5L, 7L, 9L, 11L, 12L, 13L}) {
            listener.onIssueEvent(event(issue(7L, 3L), type));
        }
        verify(refresh, org.mockito.Mockito.times(10)).refreshAffected(List.of(7L, 3L));
        verifyNoInteractions(links); // core follows the links of issues that exist
    }

    @Test
    public void aDeletedIssueAlsoRefreshesTheIssuesItWasLinkedTo() {
        IssueLink outward = link(7L, 8L);
        IssueLink inward = link(9L, 7L);
        when(links.getOutwardLinks(7L)).thenReturn(List.of(outward));
        when(links.getInwardLinks(7L)).thenReturn(List.of(inward));
        listener.onIssueEvent(event(issue(7L, 3L), 8L));
        verify(refresh).refreshAffected(List.of(7L, 3L, 8L, 9L));
    }

    @Test
    public void anIssueWithoutParentOrLinksRefreshesItself() {
        listener.onIssueEvent(event(issue(5L, null), 2L));
        verify(refresh).refreshAffected(List.of(5L));
    }

    @Test
    public void commentsAndWorkLogsChangeNoSummary() {
        for (long type : new long[]{6L, 10L, 14L, 15L, 16L, 17L}) {
            listener.onIssueEvent(event(issue(7L, 3L), type));
        }
        verifyNoInteractions(refresh, links);
    }

    @Test
    public void aLinkAddedOrRemovedRefreshesBothEnds() {
        IssueLinkCreatedEvent created = mock(IssueLinkCreatedEvent.class);
        IssueLink added = link(1L, 2L);
        when(created.getIssueLink()).thenReturn(added);
        listener.onLinkCreated(created);
        IssueLinkDeletedEvent deleted = mock(IssueLinkDeletedEvent.class);
        IssueLink removed = link(3L, 4L);
        when(deleted.getIssueLink()).thenReturn(removed);
        listener.onLinkDeleted(deleted);
        verify(refresh).refreshAffected(List.of(1L, 2L));
        verify(refresh).refreshAffected(List.of(3L, 4L));
    }

    @Test
    public void eventsWithoutAnIssueOrLinkAreIgnored() {
        listener.onIssueEvent(event(null, 2L));
        listener.onLinkCreated(mock(IssueLinkCreatedEvent.class));
        verifyNoInteractions(refresh);
    }

    @Test
    public void failuresNeverReachJirasEventThread() {
        when(links.getOutwardLinks(7L)).thenThrow(new IllegalStateException("db"));
        doThrow(new IllegalStateException("ao")).when(refresh).refreshAffected(any());
        listener.onIssueEvent(event(issue(7L, 3L), 8L)); // deleted; no exception
        verify(refresh).refreshAffected(List.of(7L, 3L)); // the issue and its parent still go when the links fail
    }

    private static Issue issue(long id, Long parentId) {
        Issue issue = mock(Issue.class);
        when(issue.getId()).thenReturn(id);
        when(issue.getParentId()).thenReturn(parentId);
        return issue;
    }

    private static IssueEvent event(Issue issue, long type) {
        IssueEvent event = mock(IssueEvent.class);
        when(event.getIssue()).thenReturn(issue);
        when(event.getEventTypeId()).thenReturn(type);
        return event;
    }

    private static IssueLink link(long source, long destination) {
        IssueLink link = mock(IssueLink.class);
        when(link.getSourceId()).thenReturn(source);
        when(link.getDestinationId()).thenReturn(destination);
        return link;
    }
}

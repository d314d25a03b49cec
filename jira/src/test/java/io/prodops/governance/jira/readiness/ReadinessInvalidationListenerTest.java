package io.prodops.governance.jira.readiness;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.issue.link.IssueLinkCreatedEvent;
import com.atlassian.jira.event.issue.link.IssueLinkDeletedEvent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import io.prodops.governance.readiness.domain.ReadinessCache;
import org.junit.Test;

import java.util.List;

import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

public class ReadinessInvalidationListenerTest {
    private final EventPublisher events = mock(EventPublisher.class);
    private final IssueLinkManager links = mock(IssueLinkManager.class);
    private final ReadinessCache cache = mock(ReadinessCache.class);
    private final ReadinessInvalidationListener listener = new ReadinessInvalidationListener(events, links, cache);

    @Test
    public void itListensWhileTheAppIsEnabled() {
        listener.register();
        listener.unregister();
        var order = inOrder(events);
        order.verify(events).register(listener);
        order.verify(events).unregister(listener);
    }

    @Test
    public void anIssueChangeDropsTheCachedSearchesOfTheIssueItsParentAndItsLinkedIssues() {
        Issue child = issue(7L, 3L);
        IssueLink outward = link(7L, 8L);
        IssueLink inward = link(9L, 7L);
        when(links.getOutwardLinks(7L)).thenReturn(List.of(outward));
        when(links.getInwardLinks(7L)).thenReturn(List.of(inward));
        listener.onIssueEvent(event(child, 2L)); // updated
        for (long id : new long[]{7L, 3L, 8L, 9L}) {
            verify(cache).invalidateIssue(id);
        }
    }

    @Test
    public void commentsAndWorkLogsChangeNoGate() {
        Issue issue = issue(7L, null);
        for (long type : new long[]{6L, 10L, 14L, 15L, 16L, 17L}) {
            listener.onIssueEvent(event(issue, type));
        }
        verifyNoInteractions(cache, links);
    }

    @Test
    public void aLinkAddedOrRemovedDropsBothEnds() {
        IssueLink added = link(1L, 2L);
        IssueLink removed = link(3L, 4L);
        IssueLinkCreatedEvent created = mock(IssueLinkCreatedEvent.class);
        when(created.getIssueLink()).thenReturn(added);
        listener.onLinkCreated(created);
        IssueLinkDeletedEvent deleted = mock(IssueLinkDeletedEvent.class);
        when(deleted.getIssueLink()).thenReturn(removed);
        listener.onLinkDeleted(deleted);
        for (long id : new long[]{1L, 2L, 3L, 4L}) {
            verify(cache).invalidateIssue(id);
        }
    }

    @Test
    public void failuresNeverReachJirasEventThread() {
        Issue issue = issue(7L, 3L);
        when(links.getOutwardLinks(7L)).thenThrow(new IllegalStateException("db"));
        doThrow(new IllegalStateException("cache")).when(cache).invalidateIssue(7L);
        listener.onIssueEvent(event(issue, 1L));
        verify(cache).invalidateIssue(3L); // the parent still goes after the issue's own failure
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

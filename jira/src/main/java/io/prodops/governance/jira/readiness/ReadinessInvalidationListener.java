package io.prodops.governance.jira.readiness;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.issue.link.IssueLinkCreatedEvent;
import com.atlassian.jira.event.issue.link.IssueLinkDeletedEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.prodops.governance.readiness.domain.ReadinessCache;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Keeps the readiness caches honest: when an issue changes (created, edited, transitioned, moved, deleted) or a link
 * is added or removed, the cached searches of the issue, its parent and the issues linked to it are dropped on every
 * node ({@link ReadinessCache#invalidateIssue}), so the next evaluation searches again. Comments and work logs change
 * no gate and are ignored. Registered with Jira's event publisher like {@code SetupLauncher} (in
 * {@code @PostConstruct}, unregistered in {@code @PreDestroy}). Never throws: a failed invalidation only leaves an
 * entry until its time to live ends.
 */
@Named
public class ReadinessInvalidationListener {
    private static final Logger LOG = LoggerFactory.getLogger(ReadinessInvalidationListener.class);
    private static final Set<Long> IGNORED = Set.of(EventType.ISSUE_COMMENTED_ID, EventType.ISSUE_COMMENT_EDITED_ID,
            EventType.ISSUE_COMMENT_DELETED_ID, EventType.ISSUE_WORKLOGGED_ID, EventType.ISSUE_WORKLOG_UPDATED_ID,
            EventType.ISSUE_WORKLOG_DELETED_ID);

    private final EventPublisher events;
    private final IssueLinkManager links;
    private final ReadinessCache cache;

    @Inject
    public ReadinessInvalidationListener(@ComponentImport EventPublisher events, @ComponentImport IssueLinkManager links, ReadinessCache cache) {
        this.events = events;
        this.links = links;
        this.cache = cache;
    }

    @PostConstruct
    public void register() {
        events.register(this);
    }

    @PreDestroy
    public void unregister() {
        events.unregister(this);
    }

    @EventListener
    public void onIssueEvent(IssueEvent event) {
        Issue issue = event.getIssue();
        if (issue == null || issue.getId() == null || IGNORED.contains(event.getEventTypeId())) {
            return;
        }
        Set<Long> stale = new LinkedHashSet<>();
        stale.add(issue.getId());
        if (issue.getParentId() != null) {
            stale.add(issue.getParentId());
        }
        try {
            for (IssueLink link : links.getOutwardLinks(issue.getId())) {
                stale.add(link.getDestinationId());
            }
            for (IssueLink link : links.getInwardLinks(issue.getId())) {
                stale.add(link.getSourceId());
            }
        } catch (RuntimeException e) {
            LOG.warn("Readiness cache: links of issue {} not read; linked issues keep their cached searches until they expire", issue.getId(), e);
        }
        invalidate(stale);
    }

    @EventListener
    public void onLinkCreated(IssueLinkCreatedEvent event) {
        onLink(event.getIssueLink());
    }

    @EventListener
    public void onLinkDeleted(IssueLinkDeletedEvent event) {
        onLink(event.getIssueLink());
    }

    private void onLink(IssueLink link) {
        if (link == null) {
            return;
        }
        Set<Long> stale = new LinkedHashSet<>();
        if (link.getSourceId() != null) {
            stale.add(link.getSourceId());
        }
        if (link.getDestinationId() != null) {
            stale.add(link.getDestinationId());
        }
        invalidate(stale);
    }

    private void invalidate(Set<Long> issueIds) {
        for (Long id : issueIds) {
            if (id == null) {
                continue;
            }
            try {
                cache.invalidateIssue(id);
            } catch (RuntimeException e) {
                LOG.warn("Readiness cache: issue {} not invalidated; its entry expires on its own", id, e);
            }
        }
    }
}

package io.prodops.governance.jira.portfolio;

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
import io.prodops.governance.portfolio.domain.SummaryRefresh;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps the portfolio summaries in step with Jira: when an issue is created, edited, assigned, transitioned
 * (resolved, closed, reopened, generic events), moved or deleted, or a link is added or removed, the summaries the
 * change may affect are rebuilt ({@link SummaryRefresh#refreshAffected}, which itself follows parents and experiment
 * links of issues that exist): the issue (rebuilt if it is an initiative, its row dropped if it is gone or no longer
 * one) and its parent; for a deleted issue also the issues at the other end of the links Jira still reports (a deleted
 * experiment's initiative); for a link added or removed both ends. Comments and work logs change no summary input and
 * are ignored.
 *
 * <p>Mirrors {@code ReadinessInvalidationListener}: registered with Jira's event publisher in {@code @PostConstruct},
 * unregistered in {@code @PreDestroy}; Jira publishes one {@link IssueEvent} per event of an issue event bundle. Never
 * throws on Jira's event thread: a failed refresh is logged, and the periodic reconcile repairs the row.
 */
@Named
public class PortfolioRefreshListener {
    private static final Logger LOG = LoggerFactory.getLogger(PortfolioRefreshListener.class);
    private static final Set<Long> IGNORED = Set.of(EventType.ISSUE_COMMENTED_ID, EventType.ISSUE_COMMENT_EDITED_ID,
            EventType.ISSUE_COMMENT_DELETED_ID, EventType.ISSUE_WORKLOGGED_ID, EventType.ISSUE_WORKLOG_UPDATED_ID,
            EventType.ISSUE_WORKLOG_DELETED_ID);

    private final EventPublisher events;
    private final IssueLinkManager links;
    private final SummaryRefresh refresh;

    @Inject
    public PortfolioRefreshListener(@ComponentImport EventPublisher events, @ComponentImport IssueLinkManager links, SummaryRefresh refresh) {
        this.events = events;
        this.links = links;
        this.refresh = refresh;
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
        Set<Long> affected = new LinkedHashSet<>();
        affected.add(issue.getId());
        if (issue.getParentId() != null) {
            affected.add(issue.getParentId()); // core cannot look up the parent of an issue that is gone
        }
        if (EventType.ISSUE_DELETED_ID.equals(event.getEventTypeId())) {
            // core follows the links of issues that exist; of a deleted one only what Jira still answers here is left
            try {
                for (IssueLink link : nullSafe(links.getOutwardLinks(issue.getId()))) {
                    affected.add(link.getDestinationId());
                }
                for (IssueLink link : nullSafe(links.getInwardLinks(issue.getId()))) {
                    affected.add(link.getSourceId());
                }
            } catch (RuntimeException e) {
                LOG.warn("Portfolio: links of deleted issue {} not read; linked initiatives are corrected by the next reconcile", issue.getId(), e);
            }
        }
        refresh(affected);
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
        Set<Long> affected = new LinkedHashSet<>();
        affected.add(link.getSourceId());
        affected.add(link.getDestinationId());
        refresh(affected);
    }

    private void refresh(Set<Long> issueIds) {
        issueIds.remove(null);
        if (issueIds.isEmpty()) {
            return;
        }
        try {
            refresh.refreshAffected(List.copyOf(issueIds));
        } catch (RuntimeException e) {
            LOG.warn("Portfolio: summaries of issues {} not refreshed; the next reconcile corrects them", issueIds, e);
        }
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}

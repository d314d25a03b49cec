package io.prodops.governance.readiness.domain;

import io.prodops.governance.common.domain.IssueFacts;
import io.prodops.governance.common.port.ClusterCaches;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The readiness caches, cluster-safe through {@link ClusterCaches} (Jira: replicated by invalidation), bounded and
 * expiring:
 * <ul>
 *   <li><b>searches</b> per issue: its children and the outcome of each JQL gate query, for {@value #SEARCH_TTL_SECONDS}
 *       seconds or until {@link #invalidateIssue} (the host calls it on issue events, for the issue and its parent), so
 *       a search runs at most once per issue in that window whoever evaluates;</li>
 *   <li><b>latest</b> evaluation summary per (issue, gate set), loaded from the stored evaluation and dropped on every
 *       node when a new one is stored: what the workflow condition reads, never evaluating itself.</li>
 * </ul>
 * The searches entry is a holder filled lazily on the node that uses it; entries are never copied between nodes.
 */
@Named
public class ReadinessCache {
    static final String SEARCH_CACHE = "io.prodops.governance.readiness.searches";
    static final String LATEST_CACHE = "io.prodops.governance.readiness.latest";
    static final long SEARCH_TTL_SECONDS = 30;
    static final Duration SEARCH_TTL = Duration.ofSeconds(SEARCH_TTL_SECONDS);
    static final Duration LATEST_TTL = Duration.ofMinutes(10);
    static final int MAX_ISSUES = 5_000;
    static final int MAX_LATEST = 20_000;

    private final ClusterCaches.ClusterCache<Long, IssueSearches> searches;
    private final ClusterCaches.ClusterCache<String, Optional<ReadinessSummary>> latest;

    @Inject
    public ReadinessCache(ClusterCaches caches, ReadinessEvaluationRepository evaluations) {
        this.searches = caches.cache(SEARCH_CACHE, issueId -> new IssueSearches(), SEARCH_TTL, MAX_ISSUES);
        this.latest = caches.cache(LATEST_CACHE, key -> {
            int bar = key.indexOf('|');
            return evaluations.latest(Long.parseLong(key.substring(0, bar)), key.substring(bar + 1)).map(ReadinessSummary::of);
        }, LATEST_TTL, MAX_LATEST);
    }

    public IssueSearches searches(long issueId) {
        return searches.get(issueId);
    }

    /** The latest stored evaluation's summary; empty when the issue was never evaluated against that gate set. */
    public Optional<ReadinessSummary> latest(long issueId, String gatesetKey) {
        return latest.get(latestKey(issueId, gatesetKey));
    }

    /** Drops the issue's cached children and JQL outcomes on every node (call it on issue events). */
    public void invalidateIssue(long issueId) {
        searches.invalidate(issueId);
    }

    /** An issue changed: its own searches and its parent's (whose CHILDREN_DONE gate depends on it) are stale. */
    public void issueChanged(IssueFacts issue) {
        invalidateIssue(issue.id());
        if (issue.parentId() != null) {
            invalidateIssue(issue.parentId());
        }
    }

    /** Call after the transaction that stored a new latest evaluation committed. */
    public void evaluationStored(long issueId, String gatesetKey) {
        latest.invalidate(latestKey(issueId, gatesetKey));
    }

    private static String latestKey(long issueId, String gatesetKey) {
        return issueId + "|" + gatesetKey;
    }

    /** What searches found for one issue; the map is bounded by the number of distinct JQL gate queries. */
    public static final class IssueSearches {
        private volatile List<IssueFacts> children;
        private final Map<String, JqlOutcome> jql = new ConcurrentHashMap<>();

        public List<IssueFacts> children(Supplier<List<IssueFacts>> load) {
            List<IssueFacts> found = children;
            if (found == null) {
                found = List.copyOf(load.get());
                children = found;
            }
            return found;
        }

        public JqlOutcome jql(String query, Integer maxResults, Supplier<JqlOutcome> run) {
            return jql.computeIfAbsent(maxResults + "|" + query, k -> run.get());
        }
    }
}

package io.prodops.governance.portfolio.domain;

import io.prodops.governance.common.domain.IssueFacts;
import io.prodops.governance.common.domain.IssueLinkFacts;
import io.prodops.governance.common.domain.SearchPage;
import io.prodops.governance.common.port.ClusterLocks;
import io.prodops.governance.common.port.IssueDirectory;
import io.prodops.governance.common.port.Transactions;
import io.prodops.governance.experiment.domain.ExperimentLinks;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@link SummaryRefresh}: rebuilds summary rows in batches of {@link PortfolioSummaryRepository#BATCH} with
 * {@link PortfolioSummaryBuilder} (constant queries per batch), one transaction per batch; a rebuild that changes
 * nothing keeps the row's {@code updatedAt}. Everything runs with full visibility: rows are filtered by permission
 * when read.
 *
 * <p>{@link #reconcile} pages through every initiative with a search (JQL {@code issuetype in (..)} from the
 * settings, pages of 500 by start offset). Jira 11 returns at most {@value #SEARCH_CAP} hits per query: when the
 * total is above that, the search is repeated per project, for every project seen in the capped pass and every project
 * of a stored row the passes did not reach. Stored rows no search reached are then checked by id (batched) rather
 * than deleted blindly: a row is removed only when its issue is gone or no longer an initiative, and rebuilt
 * otherwise. So a cap never deletes data; what remains uncovered is a project with more than 10,000 initiatives (its
 * rows beyond the cap are still checked by id) and a project neither the capped pass nor any stored row shows, whose
 * initiatives get their rows on their next change event.
 */
@Named
public class PortfolioRefresher implements SummaryRefresh {
    static final String LOCK = "io.prodops.governance.portfolio.reconcile";
    /** Jira 11's default maximum of hits per search. */
    static final int SEARCH_CAP = 10_000;
    private static final int BATCH = PortfolioSummaryRepository.BATCH;
    private static final Logger LOG = LoggerFactory.getLogger(PortfolioRefresher.class);

    private final PortfolioSummaryRepository summaries;
    private final PortfolioSummaryBuilder builder;
    private final PortfolioSettingsRepository settings;
    private final IssueDirectory issues;
    private final ClusterLocks locks;
    private final Transactions transactions;
    private final Clock clock;

    @Inject
    public PortfolioRefresher(PortfolioSummaryRepository summaries, PortfolioSummaryBuilder builder, PortfolioSettingsRepository settings,
                              IssueDirectory issues, ClusterLocks locks, Transactions transactions, Clock clock) {
        this.summaries = summaries;
        this.builder = builder;
        this.settings = settings;
        this.issues = issues;
        this.locks = locks;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void refresh(Collection<Long> issueIds) {
        PortfolioSettings current = settings.load();
        List<Long> ids = issueIds.stream().distinct().toList();
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            List<IssueFacts> found = issues.findByIds(batch);
            rebuild(batch, found, current);
        }
    }

    @Override
    public void refreshAffected(Collection<Long> issueIds) {
        PortfolioSettings current = settings.load();
        List<Long> ids = issueIds.stream().distinct().toList();
        Set<Long> targets = new LinkedHashSet<>(ids); // itself: rebuilt if an initiative, its row dropped if no longer one
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            List<IssueFacts> level = issues.findByIds(batch);
            for (int depth = 0; depth < 2 && !level.isEmpty(); depth++) { // parent, grandparent (sub-task -> story -> epic)
                List<Long> parents = level.stream().map(IssueFacts::parentId).filter(java.util.Objects::nonNull).distinct().toList();
                level = parents.isEmpty() ? List.of() : issues.findByIds(parents);
                level.stream().filter(i -> isInitiative(i, current)).forEach(i -> targets.add(i.id()));
            }
            issues.linksOf(batch).values().forEach(links -> links.stream()
                    .filter(l -> ExperimentLinks.LINK_TYPE.equalsIgnoreCase(l.linkType()) && l.direction() == IssueLinkFacts.Direction.OUTWARD)
                    .forEach(l -> targets.add(l.otherIssueId())));
        }
        refresh(targets);
    }

    @Override
    public ReconcileResult reconcile() {
        Optional<ReconcileResult> result = locks.tryUnderLock(LOCK, this::reconcileLocked);
        if (result.isEmpty()) {
            LOG.info("Portfolio reconcile skipped: another node is running it");
            return new ReconcileResult(0, 0, 0);
        }
        return result.get();
    }

    private ReconcileResult reconcileLocked() {
        long started = clock.millis();
        PortfolioSettings current = settings.load();
        String types = typesClause(current);
        Set<Long> seen = new HashSet<>();
        int[] counts = new int[2];
        Set<Long> projects = new LinkedHashSet<>();
        boolean capped = searchAll(types, current, seen, projects, counts);
        Set<Long> searchedProjects = new HashSet<>();
        if (capped) {
            LOG.info("Portfolio reconcile: more than {} initiatives; searching per project ({} projects seen)", SEARCH_CAP, projects.size());
            searchProjects(projects, searchedProjects, types, current, seen, counts);
        }
        List<Long> unseen = new ArrayList<>();
        summaries.forEachIssueId(id -> {
            if (!seen.contains(id)) {
                unseen.add(id); // normally few: issues deleted or retyped since their last event
            }
        });
        for (int from = 0; from < unseen.size(); from += BATCH) {
            List<Long> batch = unseen.subList(from, Math.min(unseen.size(), from + BATCH));
            List<IssueFacts> found = issues.findByIds(batch);
            if (capped) { // a stored row names a project the capped pass never showed: search that project too
                searchProjects(found.stream().map(i -> i.project().id()).collect(Collectors.toCollection(LinkedHashSet::new)), searchedProjects,
                        types, current, seen, counts);
            }
            List<Long> left = batch.stream().filter(id -> !seen.contains(id)).toList();
            if (!left.isEmpty()) {
                int[] batchCounts = rebuild(left, found.stream().filter(i -> !seen.contains(i.id())).toList(), current);
                counts[0] += batchCounts[0];
                counts[1] += batchCounts[1];
            }
        }
        ReconcileResult done = new ReconcileResult(counts[0], counts[1], clock.millis() - started);
        LOG.info("Portfolio reconcile: {} rows rebuilt, {} removed in {} ms", done.rebuilt(), done.removed(), done.millis());
        return done;
    }

    private void searchProjects(Set<Long> projects, Set<Long> searched, String types, PortfolioSettings current, Set<Long> seen, int[] counts) {
        for (long project : projects) {
            if (searched.add(project) && searchAll("project = " + project + " AND " + types, current, seen, new HashSet<>(), counts)) {
                LOG.warn("Portfolio reconcile: project {} has more than {} initiatives; rows beyond are kept and checked by id", project, SEARCH_CAP);
            }
        }
    }

    /** Pages through one query, rebuilding each page; true when the host capped it (more hits than it returns). */
    private boolean searchAll(String jql, PortfolioSettings current, Set<Long> seen, Set<Long> projects, int[] counts) {
        int start = 0;
        int total;
        do {
            SearchPage page = issues.search(jql, start, BATCH, Optional.empty());
            total = page.total();
            List<IssueFacts> fresh = page.issues().stream().filter(i -> !seen.contains(i.id())).toList();
            page.issues().forEach(i -> {
                seen.add(i.id());
                projects.add(i.project().id());
            });
            if (!fresh.isEmpty()) {
                int[] batchCounts = rebuild(fresh.stream().map(IssueFacts::id).toList(), fresh, current);
                counts[0] += batchCounts[0];
                counts[1] += batchCounts[1];
            }
            if (page.issues().isEmpty()) {
                break;
            }
            start += page.issues().size();
        } while (start < Math.min(total, SEARCH_CAP));
        return total > SEARCH_CAP;
    }

    /**
     * One batch in one transaction: initiatives among {@code found} get their row (keeping {@code updatedAt} when
     * nothing changed), the other requested ids lose theirs. A failed batch is retried once in a new transaction
     * (two nodes inserting the first row of an issue at once: the loser's retry updates the winner's row).
     *
     * @return rows written, rows removed
     */
    private int[] rebuild(List<Long> requested, List<IssueFacts> found, PortfolioSettings current) {
        try {
            return rebuildOnce(requested, found, current);
        } catch (RuntimeException first) {
            LOG.debug("Portfolio summary batch failed, retrying once", first);
            return rebuildOnce(requested, found, current);
        }
    }

    private int[] rebuildOnce(List<Long> requested, List<IssueFacts> found, PortfolioSettings current) {
        List<IssueFacts> initiatives = found.stream().filter(i -> isInitiative(i, current)).toList();
        Set<Long> keep = initiatives.stream().map(IssueFacts::id).collect(Collectors.toSet());
        List<Long> drop = requested.stream().filter(id -> !keep.contains(id)).toList();
        return transactions.inTransaction(() -> {
            Map<Long, PortfolioSummary> stored = new HashMap<>();
            if (!keep.isEmpty()) {
                summaries.findByIssueIds(keep).forEach(s -> stored.put(s.issueId(), s));
            }
            List<PortfolioSummary> rows = builder.build(initiatives, current).stream()
                    .map(row -> unchangedKeepsUpdatedAt(row, stored.get(row.issueId()))).toList();
            summaries.upsert(rows);
            int removed = drop.isEmpty() ? 0 : summaries.delete(drop);
            return new int[]{rows.size(), removed};
        });
    }

    private static PortfolioSummary unchangedKeepsUpdatedAt(PortfolioSummary row, PortfolioSummary stored) {
        if (stored == null || !row.sameContent(stored)) {
            return row;
        }
        return new PortfolioSummary(row.issueId(), row.issueKey(), row.summary(), row.projectId(), row.projectKey(), row.issueType(), row.ownerKey(),
                row.statusCategory(), row.targetDate(), row.prd(), row.readiness(), row.experiments(), row.health(), row.rulesVersion(),
                row.healthDay(), stored.updatedAt(), row.refreshedAt());
    }

    static boolean isInitiative(IssueFacts issue, PortfolioSettings settings) {
        return issue.issueType() != null && settings.initiativeTypes().stream().anyMatch(t -> t.equalsIgnoreCase(issue.issueType()));
    }

    /** {@code issuetype in ("Initiative", "Epic")}, each name quoted and escaped. */
    static String typesClause(PortfolioSettings settings) {
        return "issuetype in (" + settings.initiativeTypes().stream()
                .map(t -> "\"" + t.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(", ")) + ")";
    }

}

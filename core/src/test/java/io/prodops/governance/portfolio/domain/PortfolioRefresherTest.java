package io.prodops.governance.portfolio.domain;

import io.prodops.governance.common.domain.IssueFacts;
import io.prodops.governance.common.domain.IssueLinkFacts;
import io.prodops.governance.common.domain.ProjectRef;
import io.prodops.governance.common.domain.SearchPage;
import io.prodops.governance.common.domain.StatusCategory;
import io.prodops.governance.common.port.ClusterLocks;
import io.prodops.governance.common.port.IssueDirectory;
import io.prodops.governance.common.port.Transactions;
import io.prodops.governance.experiment.domain.ExperimentLinks;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Batching, transactions, kept updatedAt, removals, affected initiatives and the reconcile pass. */
public class PortfolioRefresherTest {
    private static final Instant EARLIER = Instant.parse("2026-11-01T08:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final ProjectRef GROW = new ProjectRef(10, "GROW", "Growth");
    private static final ProjectRef OPS = new ProjectRef(20, "OPS", "Operations");

    private final PortfolioSummaryRepository summaries = mock(PortfolioSummaryRepository.class);
    private final PortfolioSummaryBuilder builder = mock(PortfolioSummaryBuilder.class);
    private final PortfolioSettingsRepository settings = mock(PortfolioSettingsRepository.class);
    private final IssueDirectory issues = mock(IssueDirectory.class);
    private final ClusterLocks locks = mock(ClusterLocks.class);
    private final Transactions transactions = mock(Transactions.class);
    private final Map<Long, IssueFacts> host = new HashMap<>();
    private final Map<Long, PortfolioSummary> stored = new HashMap<>();
    private int transactionCount;
    private PortfolioRefresher refresher;

    @Before
    @SuppressWarnings("unchecked")
    public void setUp() {
        refresher = new PortfolioRefresher(summaries, builder, settings, issues, locks, transactions, Clock.fixed(NOW, ZoneOffset.UTC));
        when(settings.load()).thenReturn(PortfolioSettings.defaults());
        when(transactions.inTransaction(any())).thenAnswer(inv -> {
            transactionCount++;
            return ((Supplier<Object>) inv.getArgument(0)).get();
        });
        when(locks.tryUnderLock(anyString(), any())).thenAnswer(inv -> Optional.of(((Supplier<Object>) inv.getArgument(1)).get()));
        when(issues.findByIds(anyCollection())).thenAnswer(inv -> ((Collection<Long>) inv.getArgument(0)).stream()
                .map(host::get).filter(java.util.Objects::nonNull).toList());
        when(issues.linksOf(anyCollection())).thenReturn(Map.of());
        when(builder.build(anyList(), any())).thenAnswer(inv -> ((List<IssueFacts>) inv.getArgument(0)).stream()
                .map(i -> row(i, NOW)).toList());
        when(summaries.findByIssueIds(anyCollection())).thenAnswer(inv -> {
            Collection<Long> ids = inv.getArgument(0);
            assertTrue("at most 500 ids per look-up", ids.size() <= 500);
            return ids.stream().map(stored::get).filter(java.util.Objects::nonNull).toList();
        });
        doAnswer(inv -> {
            List<PortfolioSummary> rows = inv.getArgument(0);
            assertTrue(rows.size() <= 500);
            rows.forEach(r -> stored.put(r.issueId(), r));
            return null;
        }).when(summaries).upsert(anyList());
        when(summaries.delete(anyCollection())).thenAnswer(inv -> {
            Collection<Long> ids = inv.getArgument(0);
            assertTrue(ids.size() <= 500);
            return (int) ids.stream().filter(id -> stored.remove(id) != null).count();
        });
        doAnswer(inv -> {
            LongConsumer consumer = inv.getArgument(0);
            new TreeSet<>(stored.keySet()).forEach(consumer::accept);
            return null;
        }).when(summaries).forEachIssueId(any());
    }

    private static PortfolioSummary row(IssueFacts i, Instant at) {
        return new PortfolioSummary(i.id(), i.key(), i.summary(), i.project().id(), i.project().key(), i.issueType(), i.assignee(),
                i.statusCategory(), i.dueDate(), null, null, null, new Health(HealthColor.AMBER, List.of()), 0, null, at, at);
    }

    private IssueFacts add(long id, ProjectRef project, String type, Long parent) {
        IssueFacts issue = new IssueFacts(id, project.key() + "-" + id, "Summary " + id, project, type, "Open", StatusCategory.TO_DO, null, null, parent);
        host.put(id, issue);
        return issue;
    }

    @Test
    public void initiativesGetTheirRowAndOtherIssuesLoseTheirs() {
        add(1, GROW, "Initiative", null);
        add(2, GROW, "epic", null); // type names compare case-insensitively
        add(3, GROW, "Story", null);
        stored.put(3L, row(host.get(3L), EARLIER)); // was an initiative, retyped since
        stored.put(4L, row(add(4, GROW, "Initiative", null), EARLIER));
        host.remove(4L); // deleted since

        refresher.refresh(List.of(1L, 2L, 3L, 4L, 1L));

        assertEquals(Set.of(1L, 2L), stored.keySet());
        assertEquals(1, transactionCount);
    }

    @Test
    public void aRebuildThatChangesNothingKeepsUpdatedAt() {
        IssueFacts same = add(1, GROW, "Initiative", null);
        IssueFacts renamed = add(2, GROW, "Initiative", null);
        stored.put(1L, row(same, EARLIER));
        stored.put(2L, row(new IssueFacts(2, "GROW-2", "Old summary", GROW, "Initiative", "Open", StatusCategory.TO_DO, null, null, null), EARLIER));

        refresher.refresh(List.of(1L, 2L));

        assertEquals(EARLIER, stored.get(1L).updatedAt());
        assertEquals(NOW, stored.get(1L).refreshedAt());
        assertEquals(NOW, stored.get(2L).updatedAt());
        assertEquals("Summary 2", stored.get(2L).summary());
        assertEquals(renamed.summary(), stored.get(2L).summary());
    }

    @Test
    public void largeSetsAreRebuiltInBatchesOf500OneTransactionEach() {
        LongStream.rangeClosed(1, 1201).forEach(id -> add(id, GROW, "Initiative", null));

        refresher.refresh(LongStream.rangeClosed(1, 1201).boxed().toList());

        assertEquals(1201, stored.size());
        assertEquals(3, transactionCount);
        verify(issues, times(3)).findByIds(anyCollection());
        verify(issues, never()).findById(any(Long.class));
        verify(builder, times(3)).build(anyList(), any());
    }

    @Test
    public void theSettingsDecideWhatIsAnInitiative() {
        when(settings.load()).thenReturn(new PortfolioSettings(List.of("Theme"), null, 2));
        add(1, GROW, "Theme", null);
        stored.put(2L, row(add(2, GROW, "Epic", null), EARLIER));

        refresher.refresh(List.of(1L, 2L));

        assertEquals(Set.of(1L), stored.keySet());
    }

    @Test
    public void aFailedBatchIsRetriedOnceInANewTransaction() {
        add(1, GROW, "Initiative", null);
        doAnswer(inv -> {
            throw new IllegalStateException("duplicate key (another node inserted first)");
        }).doAnswer(inv -> {
            List<PortfolioSummary> rows = inv.getArgument(0);
            rows.forEach(r -> stored.put(r.issueId(), r));
            return null;
        }).when(summaries).upsert(anyList());

        refresher.refresh(List.of(1L));

        assertEquals(Set.of(1L), stored.keySet());
        assertEquals(2, transactionCount);
    }

    @Test
    public void affectedInitiativesAreTheIssueItselfItsParentsUpToTwoLevelsAndWhatItInforms() {
        add(1, GROW, "Initiative", null);
        add(2, GROW, "Epic", 1L);
        add(3, GROW, "Story", 2L);
        add(4, GROW, "Sub-task", 3L); // its grandparent is the epic; the initiative is three levels up
        add(5, GROW, "Story", null); // a parent that is no initiative is not refreshed
        add(6, GROW, "Sub-task", 5L);
        add(7, GROW, "Experiment", null);
        add(8, OPS, "Initiative", null);
        when(issues.linksOf(anyCollection())).thenReturn(Map.of(7L, List.of(
                new IssueLinkFacts(ExperimentLinks.LINK_TYPE, IssueLinkFacts.Direction.OUTWARD, 8),
                new IssueLinkFacts("Blocks", IssueLinkFacts.Direction.OUTWARD, 1))));
        List<List<Long>> refreshed = new ArrayList<>();
        when(builder.build(anyList(), any())).thenAnswer(inv -> {
            List<IssueFacts> built = inv.getArgument(0);
            refreshed.add(built.stream().map(IssueFacts::id).toList());
            return built.stream().map(i -> row(i, NOW)).toList();
        });

        refresher.refreshAffected(List.of(4L, 6L, 7L));

        assertEquals(List.of(List.of(2L, 8L)), refreshed.stream().map(l -> l.stream().sorted().toList()).toList());
    }

    @Test
    public void anInitiativeThatChangedIsRefreshedItself() {
        add(1, GROW, "Initiative", null);

        refresher.refreshAffected(List.of(1L));

        assertEquals(Set.of(1L), stored.keySet());
    }

    private void searchable(List<IssueFacts> all, int cap) {
        when(issues.search(anyString(), anyInt(), anyInt(), eq(Optional.empty()))).thenAnswer(inv -> {
            String jql = inv.getArgument(0);
            int start = inv.getArgument(1);
            int max = inv.getArgument(2);
            List<IssueFacts> hits = all.stream().filter(i -> !jql.startsWith("project = ") || jql.startsWith("project = " + i.project().id() + " AND "))
                    .toList();
            int end = Math.min(Math.min(hits.size(), start + max), cap);
            return new SearchPage(start >= end ? List.of() : hits.subList(start, end), hits.size());
        });
    }

    @Test
    public void reconcileRebuildsEveryInitiativeAndRemovesRowsOfIssuesThatAreNoLonger() {
        List<IssueFacts> all = LongStream.rangeClosed(1, 1100).mapToObj(id -> add(id, GROW, "Initiative", null)).toList();
        searchable(all, Integer.MAX_VALUE);
        stored.put(5000L, row(add(5000, GROW, "Story", null), EARLIER)); // retyped
        stored.put(5001L, row(new IssueFacts(5001, "GROW-5001", "gone", GROW, "Initiative", "Open", StatusCategory.TO_DO, null, null, null), EARLIER));
        stored.put(7L, row(host.get(7L), EARLIER)); // unchanged: keeps updatedAt

        SummaryRefresh.ReconcileResult result = refresher.reconcile();

        assertEquals(1100, result.rebuilt());
        assertEquals(2, result.removed());
        assertEquals(LongStream.rangeClosed(1, 1100).boxed().collect(Collectors.toSet()), stored.keySet());
        assertEquals(EARLIER, stored.get(7L).updatedAt());
        ArgumentCaptor<String> jql = ArgumentCaptor.forClass(String.class);
        ArgumentCaptor<Integer> starts = ArgumentCaptor.forClass(Integer.class);
        verify(issues, times(3)).search(jql.capture(), starts.capture(), eq(500), eq(Optional.empty()));
        assertEquals("issuetype in (\"Initiative\", \"Epic\")", jql.getValue());
        assertEquals(List.of(0, 500, 1000), starts.getAllValues());
        verify(locks).tryUnderLock(eq(PortfolioRefresher.LOCK), any());
    }

    @Test
    public void aSearchCappedByTheHostIsRepeatedPerProjectAndUnreachedRowsAreCheckedNotDeleted() {
        List<IssueFacts> all = new ArrayList<>();
        LongStream.rangeClosed(1, 6).forEach(id -> all.add(add(id, GROW, "Initiative", null)));
        LongStream.rangeClosed(7, 10).forEach(id -> all.add(add(id, OPS, "Epic", null)));
        stored.put(99L, row(add(99, OPS, "Initiative", null), EARLIER)); // an initiative no search reaches
        // the query over all projects reports more hits than the cap (and returns only some); per project it does not
        when(issues.search(anyString(), anyInt(), anyInt(), eq(Optional.empty()))).thenAnswer(inv -> {
            String jql = inv.getArgument(0);
            int start = inv.getArgument(1);
            List<IssueFacts> hits = all.stream().filter(i -> !jql.startsWith("project = ") || jql.startsWith("project = " + i.project().id() + " AND ")).toList();
            int total = jql.startsWith("project = ") ? hits.size() : PortfolioRefresher.SEARCH_CAP + 1; // the whole query is over the cap
            int end = Math.min(jql.startsWith("project = ") ? hits.size() : 3, start + 500);
            return new SearchPage(start >= end ? List.of() : hits.subList(start, end), total);
        });

        SummaryRefresh.ReconcileResult result = refresher.reconcile();

        assertEquals(Set.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 99L), stored.keySet());
        assertEquals(0, result.removed());
        verify(issues).search(eq("project = 10 AND issuetype in (\"Initiative\", \"Epic\")"), eq(0), eq(500), eq(Optional.empty()));
        verify(issues).search(eq("project = 20 AND issuetype in (\"Initiative\", \"Epic\")"), eq(0), eq(500), eq(Optional.empty()));
    }

    @Test
    public void reconcileIsSkippedWhileAnotherNodeRunsIt() {
        org.mockito.Mockito.doReturn(Optional.empty()).when(locks).tryUnderLock(anyString(), any());

        assertEquals(new SummaryRefresh.ReconcileResult(0, 0, 0), refresher.reconcile());
        verify(issues, never()).search(anyString(), anyInt(), anyInt(), any());
        verify(summaries, never()).upsert(anyList());
    }

    @Test
    public void typeNamesAreQuotedAndEscapedInTheQuery() {
        assertEquals("issuetype in (\"Big \\\"Bet\\\"\", \"a\\\\b\")",
                PortfolioRefresher.typesClause(new PortfolioSettings(List.of("Big \"Bet\"", "a\\b"), null, 1)));
    }
}

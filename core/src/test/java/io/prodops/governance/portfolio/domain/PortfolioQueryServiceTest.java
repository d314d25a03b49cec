package io.prodops.governance.portfolio.domain;

import io.prodops.governance.common.domain.Access;
import io.prodops.governance.common.domain.IssueFacts;
import io.prodops.governance.common.domain.NotAuthenticatedException;
import io.prodops.governance.common.domain.NotFoundException;
import io.prodops.governance.common.domain.ProjectRef;
import io.prodops.governance.common.domain.SearchPage;
import io.prodops.governance.common.domain.StatusCategory;
import io.prodops.governance.common.domain.UserRef;
import io.prodops.governance.common.domain.ValidationException;
import io.prodops.governance.common.domain.VersionedConfig.Version;
import io.prodops.governance.common.port.IssueDirectory;
import io.prodops.governance.common.port.UserDirectory;
import io.prodops.governance.experiment.domain.Decision;
import io.prodops.governance.experiment.domain.ExperimentStatus;
import io.prodops.governance.portfolio.domain.PortfolioFakes.Refresh;
import io.prodops.governance.portfolio.domain.PortfolioFakes.Summaries;
import io.prodops.governance.portfolio.domain.PortfolioResult.Group;
import io.prodops.governance.portfolio.domain.PortfolioResult.Row;
import io.prodops.governance.portfolio.domain.PortfolioView.Filters;
import io.prodops.governance.portfolio.domain.PortfolioView.GroupBy;
import io.prodops.governance.portfolio.domain.PortfolioView.Sort;
import io.prodops.governance.portfolio.domain.PortfolioView.SortField;
import io.prodops.governance.prd.domain.PrdStatus;
import io.prodops.governance.readiness.domain.ReadinessService;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.StreamSupport;

import static io.prodops.governance.portfolio.domain.PortfolioFakes.TODAY;
import static io.prodops.governance.portfolio.domain.PortfolioFakes.row;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.fail;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class PortfolioQueryServiceTest {
    private static final UserRef CALLER = new UserRef("u-pete", "Pete Product");

    private final Access access = mock(Access.class);
    private final IssueDirectory issues = mock(IssueDirectory.class);
    private final UserDirectory users = mock(UserDirectory.class);
    private final HealthRulesService healthRules = mock(HealthRulesService.class);
    private final ReadinessService readiness = mock(ReadinessService.class);
    private final Summaries summaries = new Summaries();
    private final Refresh refresh = new Refresh(summaries);
    private final Map<Long, PortfolioView> views = new HashMap<>();
    private PortfolioSettings settings = PortfolioSettings.defaults();
    /** What the search as the caller returns, in search order. */
    private final List<Long> visible = new ArrayList<>();
    /** What the search says of an issue, where a test needs more than {@link #facts(long)}. */
    private final Map<Long, IssueFacts> hostFacts = new HashMap<>();
    /** When set, the total the host reports (more than it returns: the cap). */
    private Integer reportedTotal;
    private PortfolioQueryService service;

    @Before
    public void setUp() {
        when(access.requireUser()).thenReturn(CALLER);
        when(users.resolve(anyString())).thenAnswer(inv -> {
            String key = inv.getArgument(0);
            return new UserRef(key, switch (key) {
                case "u-olga" -> "Olga Ops";
                case "u-pete" -> "Pete Product";
                case "u-zed" -> "Anna Zed";
                default -> key;
            });
        });
        when(healthRules.published(null)).thenReturn(Optional.empty());
        when(issues.search(anyString(), anyInt(), anyInt(), any())).thenAnswer(inv -> {
            int start = inv.getArgument(1);
            int max = inv.getArgument(2);
            List<IssueFacts> page = new ArrayList<>();
            for (int i = start; i < Math.min(visible.size(), start + max); i++) {
                page.add(hostFacts.getOrDefault(visible.get(i), facts(visible.get(i))));
            }
            return new SearchPage(page, reportedTotal == null ? visible.size() : reportedTotal);
        });
        service = new PortfolioQueryService(access, issues, users, summaries, refresh, new PortfolioSettingsRepository() {
            @Override
            public PortfolioSettings load() {
                return settings;
            }

            @Override
            public PortfolioSettings save(PortfolioSettings s, int expectedRevision, String userKey) {
                throw new UnsupportedOperationException();
            }
        }, healthRules,
                (id, caller) -> Optional.ofNullable(views.get(id)), readiness, Clock.fixed(PortfolioFakes.NOW, ZoneOffset.UTC));
    }

    @Test
    public void facetsOfferTheProjectsAndOwnersOfEverythingTheCallerMayBrowseFromTheSearchAlone() {
        Object[][] hits = {{1L, "PHX", "u-zed"}, {2L, "NOVA", "u-pete"}, {3L, "PHX", null}, {4L, "ATL", "u-pete"}, {5L, "NOVA", "u-olga"}};
        for (Object[] hit : hits) {
            long id = (Long) hit[0];
            visible.add(id);
            hostFacts.put(id, new IssueFacts(id, hit[1] + "-" + id, "s", new ProjectRef(id, (String) hit[1], "Project " + hit[1]), "Epic",
                    "Open", StatusCategory.TO_DO, (String) hit[2], null, null));
        }

        PortfolioFacets facets = service.facets();

        assertEquals(List.of(new PortfolioFacets.Option("ATL", "ATL"), new PortfolioFacets.Option("NOVA", "NOVA"),
                new PortfolioFacets.Option("PHX", "PHX")), facets.projects());
        assertEquals("by display name, unassigned last", List.of(new PortfolioFacets.Option("u-zed", "Anna Zed"),
                new PortfolioFacets.Option("u-olga", "Olga Ops"), new PortfolioFacets.Option("u-pete", "Pete Product"),
                new PortfolioFacets.Option(PortfolioQuery.UNASSIGNED, PortfolioQueryService.UNASSIGNED_LABEL)), facets.owners());
        assertFalse(facets.truncated());
        verify(issues).search(eq("issuetype in (\"Initiative\", \"Epic\")"), eq(0), eq(1000), eq(Optional.of(CALLER)));
        assertTrue("no stored row is read", summaries.batchSizes.isEmpty());
    }

    @Test
    public void facetsPageThroughTheSearchAndSayWhenItsCapCutThem() {
        for (long id = 1; id <= 2_500; id++) {
            visible.add(id);
        }
        reportedTotal = 12_000;

        PortfolioFacets facets = service.facets();

        assertTrue(facets.truncated());
        verify(issues).search(anyString(), eq(2000), eq(1000), any());
        assertEquals(List.of(new PortfolioFacets.Option("X", "X")), facets.projects());
    }

    @Test
    public void facetsNeedALoggedInCaller() {
        when(access.requireUser()).thenThrow(new NotAuthenticatedException());
        try {
            service.facets();
            fail("anonymous");
        } catch (NotAuthenticatedException expected) {
            verify(issues, never()).search(anyString(), anyInt(), anyInt(), any());
        }
    }

    private static IssueFacts facts(long id) {
        return new IssueFacts(id, "X-" + id, "s", new ProjectRef(1, "X", "X"), "Initiative", "Open", StatusCategory.TO_DO, null, null, null);
    }

    private void stored(PortfolioFakes.Row... rows) {
        for (PortfolioFakes.Row r : rows) {
            summaries.put(r.build());
            visible.add(r.id);
        }
    }

    private static PortfolioQuery query() {
        return PortfolioQuery.all();
    }

    private static PortfolioQuery filtered(Set<String> projects, Set<String> owners, Set<HealthColor> health, Set<StatusCategory> categories,
                                           String quarter, String q) {
        return new PortfolioQuery(null, null, projects, owners, health, categories, quarter, q, null, null, null, null);
    }

    private static PortfolioQuery grouped(GroupBy groupBy) {
        return new PortfolioQuery(null, null, null, null, null, null, null, null, groupBy, null, null, null);
    }

    private static PortfolioQuery sorted(SortField field, boolean descending) {
        return new PortfolioQuery(null, null, null, null, null, null, null, null, null, new Sort(field, descending), null, null);
    }

    private static List<String> keys(PortfolioResult r) {
        return r.rows().stream().map(row -> row.summary().issueKey()).toList();
    }

    // ---- permission and search

    @Test
    public void anonymousCallersAreRefusedBeforeAnySearch() {
        when(access.requireUser()).thenThrow(new NotAuthenticatedException());
        assertThrows(NotAuthenticatedException.class, () -> service.page(query()));
        assertThrows(NotAuthenticatedException.class, () -> service.export(query()));
        verify(issues, never()).search(anyString(), anyInt(), anyInt(), any());
    }

    @Test
    public void rowsAreOnlyTheIssuesTheSearchAsTheCallerReturns() {
        stored(row(1, "PHX-1"), row(3, "PHX-3"));
        summaries.put(row(2, "SEC-2").build()); // stored, but the caller's search does not return it
        PortfolioResult r = service.page(query());
        assertEquals(List.of("PHX-1", "PHX-3"), keys(r));
        assertEquals(2, r.total());
        assertEquals(2, r.totals().count());
        ArgumentCaptor<Optional<UserRef>> searcher = ArgumentCaptor.captor();
        verify(issues).search(anyString(), eq(0), eq(1000), searcher.capture());
        assertEquals(Optional.of(CALLER), searcher.getValue());
        assertEquals(List.of("PHX-1", "PHX-3"), StreamSupport.stream(service.export(query()).rows().spliterator(), false)
                .map(row -> row.summary().issueKey()).toList());
    }

    @Test
    public void theJqlIsTheInitiativeTypesTheScopeAndTheProjects() {
        settings = new PortfolioSettings(List.of("Initiative", "Big \"Bet\""), null, 1);
        service.page(new PortfolioQuery(null, "statusCategory = Done", Set.of("PHX", "NOVA"), null, null, null, null, null, null, null, null, null));
        verify(issues).validateJql("statusCategory = Done");
        verify(issues).search(eq("issuetype in (\"Initiative\", \"Big \\\"Bet\\\"\") AND (statusCategory = Done) AND project in (\"NOVA\", \"PHX\")"),
                eq(0), eq(1000), eq(Optional.of(CALLER)));
    }

    @Test
    public void badScopesAre400sOnJql() {
        assertEquals("jql", field(() -> service.page(new PortfolioQuery(null, "x".repeat(4001), null, null, null, null, null, null, null, null, null, null))));
        assertEquals("jql", field(() -> service.page(new PortfolioQuery(null, "project = PHX order by key", null, null, null, null, null, null, null, null, null, null))));
        doThrow(new IssueDirectory.InvalidQueryException("Field 'nope' does not exist")).when(issues).validateJql("nope = 1");
        ValidationException e = assertThrows(ValidationException.class,
                () -> service.page(new PortfolioQuery(null, "nope = 1", null, null, null, null, null, null, null, null, null, null)));
        assertEquals("jql", e.errors().get(0).field());
        assertTrue(e.getMessage(), e.getMessage().contains("Field 'nope' does not exist"));
        verify(issues, never()).search(anyString(), anyInt(), anyInt(), any());
    }

    @Test
    public void aProjectTheSearchRefusesIsA400OnProject() {
        when(issues.search(anyString(), anyInt(), anyInt(), any())).thenThrow(new IssueDirectory.InvalidQueryException("The value 'NOPE' does not exist"));
        assertEquals("project", field(() -> service.page(filtered(Set.of("NOPE"), null, null, null, null, null))));
    }

    @Test
    public void theSearchIsPagedUpToTheHostCapAndMarkedTruncatedPastIt() {
        for (long id = 1; id <= 10_000; id++) {
            visible.add(id);
            if (id % 7 == 0) {
                summaries.put(row(id, "BIG-" + id).build());
            }
        }
        reportedTotal = 12_345;
        PortfolioResult r = service.page(query());
        assertTrue(r.truncated());
        verify(issues, times(10)).search(anyString(), anyInt(), eq(1000), any());
        verify(issues).search(anyString(), eq(9000), eq(1000), any());
        assertEquals(10_000 / 7, r.total());
        assertTrue(summaries.batchSizes.stream().allMatch(n -> n <= 500));
        // 20 batches for the 10,000 ids, then one re-read of the (bounded) rows built on the fly
        assertEquals(21, summaries.batchSizes.stream().filter(n -> n == 500).count());
        assertEquals(1, refresh.calls.size());
        assertEquals(500, refresh.calls.get(0).size());

        reportedTotal = 10_000;
        assertFalse(service.page(query()).truncated());
    }

    // ---- rows missing a summary, health freshness

    @Test
    public void rowsWithoutASummaryAreBuiltOnTheFlyAndReadAgain() {
        stored(row(1, "PHX-1"));
        visible.add(2L);
        visible.add(3L); // not an initiative any more: the refresher builds nothing
        refresh.buildable.put(2L, row(2, "PHX-2").build());
        PortfolioResult r = service.page(query());
        assertEquals(List.of(List.of(2L, 3L)), refresh.calls);
        assertEquals(List.of("PHX-1", "PHX-2"), keys(r));
    }

    @Test
    public void nothingIsBuiltWhenEveryRowIsStored() {
        stored(row(1, "PHX-1"));
        service.page(query());
        assertTrue(refresh.calls.isEmpty());
    }

    @Test
    public void healthFromAnotherDayOrRulesVersionIsRecomputedInMemory() {
        // stored GREEN yesterday, but the target date has passed since: RED today
        stored(row(1, "PHX-1").target("2026-12-01").prd(PrdStatus.APPROVED).ready(true).healthDay(TODAY.minusDays(1)),
                // stored today under the current rules: kept as stored, even though the rules would say otherwise
                row(2, "PHX-2").target("2026-11-01").health(HealthColor.GREEN),
                // stored under rules version 3 while none is published (0): recomputed
                row(3, "PHX-3").rulesVersion(3).health(HealthColor.GREEN));
        PortfolioResult r = service.page(sorted(SortField.KEY, false));
        assertEquals(HealthColor.RED, r.rows().get(0).health().color());
        assertEquals("prodops.portfolio.health.target.passed.not.done", r.rows().get(0).health().reasons().get(0).key());
        assertEquals(HealthColor.GREEN, r.rows().get(1).health().color());
        assertEquals(HealthColor.AMBER, r.rows().get(2).health().color()); // no target date
        assertEquals(PortfolioFakes.TODAY.minusDays(1), summaries.rows.get(1L).healthDay()); // nothing written
        assertEquals(Map.of(HealthColor.RED, 1, HealthColor.AMBER, 1, HealthColor.GREEN, 1), r.totals().health());
    }

    @Test
    public void thePublishedRulesVersionDecidesWhatIsCurrent() {
        HealthRuleSet onlySrm = new HealthRuleSet(List.of(HealthRule.standard(HealthRuleType.EXPERIMENT_SRM)));
        when(healthRules.published(null)).thenReturn(Optional.of(new Version<>(onlySrm, 4, "n", "u", PortfolioFakes.NOW, null, 4)));
        stored(row(1, "PHX-1").rulesVersion(4).health(HealthColor.RED), row(2, "PHX-2").rulesVersion(0).health(HealthColor.RED));
        PortfolioResult r = service.page(sorted(SortField.KEY, false));
        assertEquals(HealthColor.RED, r.rows().get(0).health().color());
        assertEquals(HealthColor.GREEN, r.rows().get(1).health().color()); // no target date is no rule under version 4
    }

    // ---- filters

    private void mixed() {
        stored(row(1, "PHX-1").owner("u-olga").target("2026-11-15").health(HealthColor.RED).category(StatusCategory.IN_PROGRESS).summary("Checkout revamp"),
                row(2, "PHX-2").target("2026-12-20").health(HealthColor.AMBER).category(StatusCategory.TO_DO).summary("Loyalty"),
                row(3, "NOVA-3").owner("u-pete").target("2027-01-05").health(HealthColor.GREEN).category(StatusCategory.DONE).summary("Search CHECKOUT"),
                row(4, "NOVA-4").owner("u-olga").health(HealthColor.AMBER).category(StatusCategory.IN_PROGRESS).summary("Mobile"));
    }

    @Test
    public void ownerFilterMatchesUserKeysAndNoneMatchesUnassigned() {
        mixed();
        assertEquals(List.of("PHX-1", "NOVA-4"), keys(service.page(filtered(null, Set.of("u-olga"), null, null, null, null))));
        assertEquals(List.of("PHX-2"), keys(service.page(filtered(null, Set.of("none"), null, null, null, null))));
        assertEquals(List.of("PHX-2", "NOVA-3"), keys(service.page(filtered(null, Set.of("none", "u-pete"), null, null, null, null))));
    }

    @Test
    public void healthStatusCategoryQuarterAndProjectFilters() {
        mixed();
        assertEquals(List.of("PHX-2", "NOVA-4"), keys(service.page(filtered(null, null, Set.of(HealthColor.AMBER), null, null, null))));
        assertEquals(List.of("PHX-1", "NOVA-4"), keys(service.page(filtered(null, null, null, Set.of(StatusCategory.IN_PROGRESS), null, null))));
        assertEquals(List.of("PHX-1", "PHX-2"), keys(service.page(filtered(null, null, null, null, "2026-Q4", null))));
        assertEquals(List.of("NOVA-3"), keys(service.page(filtered(null, null, null, null, "2027-Q1", null))));
        assertEquals(List.of(), keys(service.page(filtered(null, null, null, null, "2026-Q3", null))));
        assertEquals(List.of("NOVA-3", "NOVA-4"), keys(service.page(filtered(Set.of("NOVA"), null, null, null, null, null))));
        assertEquals("quarter", field(() -> service.page(filtered(null, null, null, null, "2026-Q5", null))));
    }

    @Test
    public void textMatchesKeyOrSummaryIgnoringCase() {
        mixed();
        assertEquals(List.of("PHX-1", "NOVA-3"), keys(service.page(filtered(null, null, null, null, null, "checkout"))));
        assertEquals(List.of("NOVA-3", "NOVA-4"), keys(service.page(filtered(null, null, null, null, null, "nova-"))));
        assertEquals(List.of(), keys(service.page(filtered(null, null, null, null, null, "nothing like it"))));
    }

    @Test
    public void filtersCombineAndTotalsCountWhatMatches() {
        mixed();
        PortfolioResult r = service.page(filtered(null, Set.of("u-olga"), Set.of(HealthColor.AMBER, HealthColor.RED), null, null, null));
        assertEquals(List.of("PHX-1", "NOVA-4"), keys(r));
        assertEquals(Map.of(HealthColor.RED, 1, HealthColor.AMBER, 1, HealthColor.GREEN, 0), r.totals().health());
    }

    // ---- saved views

    @Test
    public void aSavedViewsFiltersGroupingAndSortApplyAndExplicitParamsOverrideThem() {
        mixed();
        views.put(7L, new PortfolioView(7L, "Olga's", "u-olga", new Filters(null, Set.of("u-olga"), null, null, null, null, null),
                GroupBy.PROJECT, new Sort(SortField.KEY, true), null, false, 1));
        PortfolioResult r = service.page(new PortfolioQuery(7L, null, null, null, null, null, null, null, null, null, null, null));
        assertEquals(List.of("NOVA-4", "PHX-1"), keys(r)); // grouped by project (NOVA first), key descending inside
        assertEquals(List.of("NOVA", "PHX"), r.groups().stream().map(Group::key).toList());
        assertEquals(7L, (long) r.view().id());
        PortfolioResult overridden = service.page(new PortfolioQuery(7L, null, null, Set.of("none"), null, null, null, null, GroupBy.NONE, null,
                null, null));
        assertEquals(List.of("PHX-2"), keys(overridden));
        assertTrue(overridden.groups().isEmpty());
        NotFoundException e = assertThrows(NotFoundException.class,
                () -> service.page(new PortfolioQuery(8L, null, null, null, null, null, null, null, null, null, null, null)));
        assertEquals("VIEW_NOT_FOUND", e.code());
    }

    @Test
    public void aViewsJqlScopesTheSearch() {
        views.put(7L, new PortfolioView(7L, "Scoped", "u-olga", new Filters(null, null, null, null, null, null, "project = PHX"),
                null, null, null, true, 1));
        service.page(new PortfolioQuery(7L, null, null, null, null, null, null, null, null, null, null, null));
        verify(issues).search(eq("issuetype in (\"Initiative\", \"Epic\") AND (project = PHX)"), eq(0), eq(1000), eq(Optional.of(CALLER)));
    }

    // ---- sort

    @Test
    public void defaultSortIsTargetDateAscendingWithNullsLast() {
        mixed();
        assertEquals(List.of("PHX-1", "PHX-2", "NOVA-3", "NOVA-4"), keys(service.page(query())));
    }

    @Test
    public void descendingKeepsNullsLast() {
        mixed();
        assertEquals(List.of("NOVA-3", "PHX-2", "PHX-1", "NOVA-4"), keys(service.page(sorted(SortField.TARGET_DATE, true))));
        assertEquals(List.of("NOVA-3", "NOVA-4", "PHX-1", "PHX-2"), keys(service.page(sorted(SortField.OWNER, true)))); // ties by key
    }

    @Test
    public void ownerSortIsByDisplayNameWithUnassignedLast() {
        mixed();
        stored(row(5, "ZED-5").owner("u-zed"));
        assertEquals(List.of("ZED-5", "NOVA-4", "PHX-1", "NOVA-3", "PHX-2"), keys(service.page(sorted(SortField.OWNER, false))));
        verify(users, times(1)).resolve("u-olga"); // once per distinct owner, not per row
    }

    @Test
    public void keysSortByProjectThenNumberAndBreakTies() {
        stored(row(10, "PHX-10"), row(9, "PHX-9"), row(2, "ABC-2"), row(100, "PHX-100"));
        assertEquals(List.of("ABC-2", "PHX-9", "PHX-10", "PHX-100"), keys(service.page(sorted(SortField.KEY, false))));
        assertEquals(List.of("PHX-100", "PHX-10", "PHX-9", "ABC-2"), keys(service.page(sorted(SortField.KEY, true))));
        // all equal on the sort field: ties broken by key ascending
        assertEquals(List.of("ABC-2", "PHX-9", "PHX-10", "PHX-100"), keys(service.page(sorted(SortField.HEALTH, true))));
    }

    @Test
    public void healthSummaryStatusProjectAndUpdatedSorts() {
        mixed();
        summaries.put(row(2, "PHX-2").target("2026-12-20").health(HealthColor.AMBER).category(StatusCategory.TO_DO).summary("Loyalty")
                .updated("2026-11-01T00:00:00Z").build());
        assertEquals(List.of("PHX-1", "NOVA-4", "PHX-2", "NOVA-3"), keys(service.page(sorted(SortField.HEALTH, true))));
        assertEquals(List.of("NOVA-3", "NOVA-4", "PHX-2", "PHX-1"), keys(service.page(sorted(SortField.HEALTH, false))));
        assertEquals(List.of("PHX-1", "PHX-2", "NOVA-4", "NOVA-3"), keys(service.page(sorted(SortField.SUMMARY, false))));
        assertEquals(List.of("PHX-2", "NOVA-4", "PHX-1", "NOVA-3"), keys(service.page(sorted(SortField.STATUS_CATEGORY, false))));
        assertEquals(List.of("NOVA-3", "NOVA-4", "PHX-1", "PHX-2"), keys(service.page(sorted(SortField.PROJECT, false))));
        assertEquals("PHX-2", keys(service.page(sorted(SortField.UPDATED, false))).get(0));
        assertEquals("PHX-2", keys(service.page(sorted(SortField.UPDATED, true))).get(3));
    }

    // ---- groups

    @Test
    public void groupByProjectCountsHealthPerGroup() {
        mixed();
        List<Group> groups = service.page(grouped(GroupBy.PROJECT)).groups();
        assertEquals(2, groups.size());
        assertEquals(new Group("NOVA", "NOVA", 2, Map.of(HealthColor.RED, 0, HealthColor.AMBER, 1, HealthColor.GREEN, 1)), groups.get(0));
        assertEquals(new Group("PHX", "PHX", 2, Map.of(HealthColor.RED, 1, HealthColor.AMBER, 1, HealthColor.GREEN, 0)), groups.get(1));
    }

    @Test
    public void groupByQuarterInTimeWithNoTargetDateLast() {
        mixed();
        PortfolioResult r = service.page(grouped(GroupBy.QUARTER));
        assertEquals(List.of("2026-Q4", "2027-Q1", "none"), r.groups().stream().map(Group::key).toList());
        assertEquals(List.of("2026-Q4", "2027-Q1", "No target date"), r.groups().stream().map(Group::label).toList());
        assertEquals(List.of(2, 1, 1), r.groups().stream().map(Group::count).toList());
        assertEquals(List.of("PHX-1", "PHX-2", "NOVA-3", "NOVA-4"), keys(r));
    }

    @Test
    public void groupByOwnerLabelsDisplayNamesAndUnassignedLast() {
        mixed();
        PortfolioResult r = service.page(grouped(GroupBy.OWNER));
        assertEquals(List.of("u-olga", "u-pete", "none"), r.groups().stream().map(Group::key).toList());
        assertEquals(List.of("Olga Ops", "Pete Product", "Unassigned"), r.groups().stream().map(Group::label).toList());
        assertEquals(List.of("PHX-1", "NOVA-4", "NOVA-3", "PHX-2"), keys(r));
        assertEquals("Olga Ops", r.rows().get(0).owner().displayName());
    }

    @Test
    public void groupByHealthWorstFirstAndNoGroupsWithoutGrouping() {
        mixed();
        PortfolioResult r = service.page(grouped(GroupBy.HEALTH));
        assertEquals(List.of("RED", "AMBER", "GREEN"), r.groups().stream().map(Group::key).toList());
        assertEquals(List.of(1, 2, 1), r.groups().stream().map(Group::count).toList());
        assertEquals(Map.of(HealthColor.RED, 0, HealthColor.AMBER, 2, HealthColor.GREEN, 0), r.groups().get(1).health());
        assertTrue(service.page(grouped(GroupBy.NONE)).groups().isEmpty());
    }

    @Test
    public void groupsAndTotalsCoverEveryPageNotJustTheOneReturned() {
        mixed();
        PortfolioResult r = service.page(grouped(GroupBy.PROJECT).withPage(1, 3));
        assertEquals(List.of("PHX-2"), keys(r));
        assertEquals(4, r.totals().count());
        assertEquals(2, r.groups().size());
    }

    // ---- paging

    @Test
    public void pagingSlicesAfterSortingAndPastTheEndIsEmpty() {
        for (int i = 1; i <= 7; i++) {
            stored(row(i, "PHX-" + i).target("2026-12-0" + i));
        }
        PortfolioResult first = service.page(query().withPage(0, 3));
        assertEquals(List.of("PHX-1", "PHX-2", "PHX-3"), keys(first));
        assertEquals(7, first.total());
        assertEquals(List.of("PHX-7"), keys(service.page(query().withPage(2, 3))));
        PortfolioResult past = service.page(query().withPage(3, 3));
        assertEquals(List.of(), keys(past));
        assertEquals(7, past.total());
        assertEquals(50, service.page(query()).size());
        assertEquals(7, service.page(query().withPage(0, 200)).rows().size());
        assertEquals(0, service.page(query().withPage(Integer.MAX_VALUE, 200)).rows().size());
    }

    @Test
    public void pageAndSizeOutOfRangeAre400s() {
        assertEquals("size", field(() -> service.page(query().withPage(0, 0))));
        assertEquals("size", field(() -> service.page(query().withPage(0, 201))));
        assertEquals("page", field(() -> service.page(query().withPage(-1, 10))));
    }

    // ---- charts

    @Test
    public void chartsCountLaunchesByMonthTheFunnelAndExperimentOutcomes() {
        stored(row(1, "PHX-1").target("2026-12-01").prd(PrdStatus.APPROVED).ready(true).category(StatusCategory.DONE)
                        .experiments(Map.of(ExperimentStatus.DECIDED, 2, ExperimentStatus.RUNNING, 1), Map.of(Decision.SHIP, 1, Decision.KILL, 1)),
                row(2, "PHX-2").target("2026-12-30").prd(PrdStatus.IN_REVIEW).ready(false)
                        .experiments(Map.of(ExperimentStatus.DESIGN, 1, ExperimentStatus.ABANDONED, 1), Map.of()),
                row(3, "PHX-3").target("2027-02-01").prd(PrdStatus.APPROVED).ready(true),
                row(4, "PHX-4"));
        PortfolioResult.Charts c = service.page(query().withPage(0, 1)).charts();
        assertEquals(List.of(new PortfolioResult.MonthCount("2026-12", 2), new PortfolioResult.MonthCount("2027-02", 1)), c.launchesByMonth());
        assertEquals(new PortfolioResult.Funnel(4, 2, 2, 1), c.funnel());
        assertEquals(Map.of(Decision.SHIP, 1, Decision.ITERATE, 0, Decision.KILL, 1), c.experimentOutcomes().decisions());
        assertEquals(2, c.experimentOutcomes().open());
    }

    // ---- export

    @Test
    public void exportHasEveryMatchingRowInOrderWithoutPaging() {
        for (int i = 1; i <= 260; i++) {
            stored(row(i, "PHX-" + i).owner(i % 2 == 0 ? "u-olga" : null));
        }
        PortfolioResult.Export e = service.export(new PortfolioQuery(null, null, null, Set.of("u-olga"), null, null, null, null, null,
                new Sort(SortField.KEY, true), 0, 5));
        List<Row> rows = new ArrayList<>();
        e.rows().forEach(rows::add);
        assertEquals(130, e.total());
        assertEquals(130, rows.size());
        assertEquals("PHX-260", rows.get(0).summary().issueKey());
        assertEquals("Olga Ops", rows.get(0).owner().displayName());
    }

    // ---- refresh one row

    @Test
    public void refreshingARowReEvaluatesReadinessThenRebuildsTheRow() {
        IssueFacts issue = new IssueFacts(5, "PHX-5", "s", new ProjectRef(1, "PHX", "Phoenix"), "Initiative", "Open", StatusCategory.TO_DO,
                null, null, null);
        when(access.requireBrowsable("PHX-5")).thenReturn(issue);
        refresh.buildable.put(5L, row(5, "PHX-5").owner("u-olga").ready(true).build());
        Row row = service.refreshRow("PHX-5");
        verify(readiness).evaluate("PHX-5", null);
        assertEquals(List.of(List.of(5L)), refresh.calls);
        assertEquals("PHX-5", row.summary().issueKey());
        assertEquals("Olga Ops", row.owner().displayName());
    }

    @Test
    public void refreshingARowWithoutAGateSetStillRebuildsIt() {
        IssueFacts issue = new IssueFacts(5, "PHX-5", "s", new ProjectRef(1, "PHX", "Phoenix"), "Initiative", "Open", StatusCategory.TO_DO,
                null, null, null);
        when(access.requireBrowsable("PHX-5")).thenReturn(issue);
        when(readiness.evaluate("PHX-5", null)).thenThrow(new NotFoundException("NO_GATESET", "none"));
        refresh.buildable.put(5L, row(5, "PHX-5").build());
        assertEquals("PHX-5", service.refreshRow("PHX-5").summary().issueKey());
    }

    @Test
    public void refreshingAHiddenIssueIs404AndTouchesNothing() {
        when(access.requireBrowsable("SEC-1")).thenThrow(NotFoundException.issue("SEC-1"));
        NotFoundException e = assertThrows(NotFoundException.class, () -> service.refreshRow("SEC-1"));
        assertEquals("ISSUE_NOT_FOUND", e.code());
        verify(readiness, never()).evaluate(anyString(), any());
        assertTrue(refresh.calls.isEmpty());
    }

    @Test
    public void refreshingAnIssueThatIsNoInitiativeIs404() {
        IssueFacts issue = new IssueFacts(6, "PHX-6", "s", new ProjectRef(1, "PHX", "Phoenix"), "Story", "Open", StatusCategory.TO_DO,
                null, null, null);
        when(access.requireBrowsable("PHX-6")).thenReturn(issue);
        NotFoundException e = assertThrows(NotFoundException.class, () -> service.refreshRow("PHX-6"));
        assertEquals("NOT_AN_INITIATIVE", e.code());
    }

    private static String field(org.junit.function.ThrowingRunnable call) {
        ValidationException e = assertThrows(ValidationException.class, call);
        return e.errors().get(0).field();
    }
}

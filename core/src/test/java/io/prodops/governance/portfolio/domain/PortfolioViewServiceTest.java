package io.prodops.governance.portfolio.domain;

import io.prodops.governance.common.domain.Access;
import io.prodops.governance.common.domain.AccessDeniedException;
import io.prodops.governance.common.domain.AuditEntry;
import io.prodops.governance.common.domain.AuditLog;
import io.prodops.governance.common.domain.ConflictException;
import io.prodops.governance.common.domain.FieldError;
import io.prodops.governance.common.domain.NotAuthenticatedException;
import io.prodops.governance.common.domain.NotFoundException;
import io.prodops.governance.common.domain.Page;
import io.prodops.governance.common.domain.PageRequest;
import io.prodops.governance.common.domain.RevisionInfo;
import io.prodops.governance.common.domain.StatusCategory;
import io.prodops.governance.common.domain.UserRef;
import io.prodops.governance.common.domain.ValidationException;
import io.prodops.governance.common.port.IssueDirectory;
import io.prodops.governance.common.port.Transactions;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Every rule and permission of {@link PortfolioViewService}, over an in-memory repository and mocked host ports. */
public class PortfolioViewServiceTest {
    private static final UserRef OLGA = new UserRef("olga", "Olga Ops");
    private static final UserRef MILO = new UserRef("milo", "Milo Ops");
    private static final UserRef PETE = new UserRef("pete", "Pete Product");
    private static final UserRef VIC = new UserRef("vic", "Vic Viewer");

    private final Access access = mock(Access.class);
    private final IssueDirectory issues = mock(IssueDirectory.class);
    private final AuditLog audit = mock(AuditLog.class);
    private final Transactions transactions = mock(Transactions.class);
    private final FakeViews views = new FakeViews();
    private UserRef caller;
    private PortfolioViewService service;

    @Before
    @SuppressWarnings("unchecked")
    public void setUp() {
        when(access.caller()).thenAnswer(i -> Optional.ofNullable(caller));
        when(access.requireUser()).thenAnswer(i -> {
            if (caller == null) {
                throw new NotAuthenticatedException();
            }
            return caller;
        });
        when(access.isOpsManager(any())).thenAnswer(i -> Set.of(OLGA, MILO).contains(i.<UserRef>getArgument(0)));
        when(transactions.inTransaction(any())).thenAnswer(i -> i.<Supplier<Object>>getArgument(0).get());
        service = new PortfolioViewService(views, access, issues, audit, transactions, Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC));
    }

    private static PortfolioViewInput named(String name) {
        return new PortfolioViewInput(name, null, null, null, null, null);
    }

    private static PortfolioViewInput shared(String name) {
        return new PortfolioViewInput(name, null, null, null, null, true);
    }

    private static List<String> fields(Runnable r) {
        ValidationException e = assertThrows(ValidationException.class, r::run);
        return e.errors().stream().map(FieldError::field).toList();
    }

    // ------------------------------------------------------------------ create and validation

    @Test
    public void createStoresTheTrimmedNameAndEveryFilterAndAuditsIt() {
        caller = PETE;
        when(access.isOpsManager(PETE)).thenReturn(false);
        PortfolioView v = service.create(new PortfolioViewInput("  Q4 launches  ",
                new PortfolioViewInput.Filters(List.of(" ABC ", "XYZ"), List.of("none"), List.of("red", "AMBER"), List.of("IN_PROGRESS"),
                        "2026-Q4", "checkout", "project = ABC"),
                "project", new PortfolioViewInput.Sort("health", true), List.of("issueKey", "health"), false));

        assertEquals("Q4 launches", v.name());
        assertEquals("pete", v.ownerKey());
        assertEquals(Set.of("ABC", "XYZ"), v.filters().projects());
        assertEquals(Set.of(HealthColor.RED, HealthColor.AMBER), v.filters().health());
        assertEquals(Set.of(StatusCategory.IN_PROGRESS), v.filters().statusCategories());
        assertEquals(PortfolioView.GroupBy.PROJECT, v.groupBy());
        assertEquals(new PortfolioView.Sort(PortfolioView.SortField.HEALTH, true), v.sort());
        assertEquals(List.of("issueKey", "health"), v.columns());
        assertEquals(1, v.revision());
        verify(issues).validateJql("project = ABC");
        ArgumentCaptor<AuditEntry> entry = ArgumentCaptor.forClass(AuditEntry.class);
        verify(audit).record(entry.capture());
        assertEquals("PORTFOLIO_VIEW_CREATED", entry.getValue().action());
        assertEquals(String.valueOf(v.id()), entry.getValue().entityKey());
        assertEquals("pete", entry.getValue().actorKey());
    }

    @Test
    public void defaultsApplyWhenNothingButTheNameIsGiven() {
        caller = VIC;
        PortfolioView v = service.create(named("Mine"));
        assertEquals(PortfolioView.Filters.NONE, v.filters());
        assertEquals(PortfolioView.GroupBy.NONE, v.groupBy());
        assertEquals(PortfolioView.Sort.DEFAULT, v.sort());
        assertEquals(PortfolioView.COLUMNS, v.columns());
        assertFalse(v.shared());
    }

    @Test
    public void anonymousCannotCreateListOrRead() {
        caller = null;
        assertThrows(NotAuthenticatedException.class, () -> service.create(named("x")));
        assertThrows(NotAuthenticatedException.class, () -> service.list(new PageRequest(0, 10)));
        assertThrows(NotAuthenticatedException.class, () -> service.get(1));
        assertEquals(Optional.empty(), service.visibleView(1, null));
    }

    @Test
    public void nameIsRequiredAndBounded() {
        caller = PETE;
        assertEquals(List.of("name"), fields(() -> service.create(named("   "))));
        assertEquals(List.of("name"), fields(() -> service.create(named(null))));
        assertEquals(List.of("name"), fields(() -> service.create(named("x".repeat(PortfolioView.NAME_MAX + 1)))));
        assertEquals("x".repeat(PortfolioView.NAME_MAX), service.create(named(" " + "x".repeat(PortfolioView.NAME_MAX) + " ")).name());
    }

    @Test
    public void namesAreUniquePerOwnerIgnoringCase() {
        caller = PETE;
        service.create(named("Risky ones"));
        assertEquals(List.of("name"), fields(() -> service.create(named("  RISKY ONES "))));
        caller = VIC; // another owner may use the same name
        assertEquals("Risky ones", service.create(named("Risky ones")).name());
        assertEquals(2, views.rows.size());
    }

    @Test
    public void anOwnerHasAtMostTheMaximumNumberOfViews() {
        caller = PETE;
        for (int i = 0; i < PortfolioViewService.MAX_PER_OWNER; i++) {
            service.create(named("v" + i));
        }
        assertEquals(List.of("name"), fields(() -> service.create(named("one more"))));
    }

    @Test
    public void badFiltersAreNamedWithTheirIndex() {
        caller = PETE;
        PortfolioViewInput in = new PortfolioViewInput("x",
                new PortfolioViewInput.Filters(List.of("ABC", " "), List.of("x".repeat(256)), List.of("GREEN", "PURPLE"), List.of("TO_DO", "LATER"),
                        "2026-Q5", "q".repeat(256), null),
                "colour", new PortfolioViewInput.Sort("priority", false), List.of("issueKey", "secret", "issueKey"), false);
        assertEquals(List.of("filters.projects[1]", "filters.owners[0]", "filters.health[1]", "filters.statusCategories[1]", "filters.quarter",
                "filters.q", "groupBy", "sort.field", "columns[1]", "columns[2]"), fields(() -> service.create(in)));
        assertTrue(views.rows.isEmpty());
    }

    @Test
    public void quarterMustBeYearDashQuarter() {
        caller = PETE;
        for (String bad : List.of("2026Q4", "26-Q1", "2026-Q0", "2026-q1", "2026-Q12")) {
            assertEquals(bad, List.of("filters.quarter"), fields(() -> service.create(withFilters(
                    new PortfolioViewInput.Filters(null, null, null, null, bad, null, null)))));
        }
        assertEquals("2027-Q1", service.create(withFilters(new PortfolioViewInput.Filters(null, null, null, null, "2027-Q1", null, null)))
                .filters().quarter());
    }

    private static PortfolioViewInput withFilters(PortfolioViewInput.Filters f) {
        return new PortfolioViewInput("f" + System.nanoTime(), f, null, null, null, null);
    }

    @Test
    public void listsOfProjectsAndOwnersAreBounded() {
        caller = PETE;
        List<String> many = new ArrayList<>();
        for (int i = 0; i <= PortfolioViewService.LIST_MAX; i++) {
            many.add("P" + i);
        }
        assertEquals(List.of("filters.projects", "filters.owners"), fields(() -> service.create(withFilters(
                new PortfolioViewInput.Filters(many, many, null, null, null, null, null)))));
    }

    @Test
    public void jqlIsBoundedHasNoOrderByAndMustParse() {
        caller = PETE;
        assertEquals(List.of("filters.jql"), fields(() -> service.create(withFilters(
                new PortfolioViewInput.Filters(null, null, null, null, null, null, "x".repeat(PortfolioViewService.JQL_MAX + 1))))));
        assertEquals(List.of("filters.jql"), fields(() -> service.create(withFilters(
                new PortfolioViewInput.Filters(null, null, null, null, null, null, "project = A order by key")))));
        doThrow(new IssueDirectory.InvalidQueryException("bad token")).when(issues).validateJql("project = = A");
        ValidationException e = assertThrows(ValidationException.class, () -> service.create(withFilters(
                new PortfolioViewInput.Filters(null, null, null, null, null, null, "project = = A"))));
        assertEquals("filters.jql", e.errors().get(0).field());
        assertTrue(e.errors().get(0).message(), e.errors().get(0).message().contains("bad token"));
        verify(issues, never()).validateJql("x".repeat(PortfolioViewService.JQL_MAX + 1));
    }

    // ------------------------------------------------------------------ sharing and visibility

    @Test
    public void onlyOpsManagersMayShare() {
        caller = PETE;
        assertThrows(AccessDeniedException.class, () -> service.create(shared("For all")));
        PortfolioView own = service.create(named("Mine"));
        assertThrows(AccessDeniedException.class, () -> service.update(own.id(), shared("Mine"), own.revision()));
        assertFalse(views.find(own.id()).orElseThrow().shared());
        caller = OLGA;
        assertTrue(service.create(shared("For all")).shared());
    }

    @Test
    public void aUserSeesOwnAndSharedViewsButNotOthersPrivateOnes() {
        caller = OLGA;
        PortfolioView sharedView = service.create(shared("Everyone"));
        PortfolioView olgasOwn = service.create(named("Olga private"));
        caller = PETE;
        PortfolioView petes = service.create(named("Pete private"));

        assertEquals(List.of("Everyone", "Pete private"), service.list(new PageRequest(0, 50)).items().stream().map(PortfolioView::name).toList());
        assertEquals(sharedView, service.get(sharedView.id()));
        assertEquals(petes, service.get(petes.id()));
        NotFoundException hidden = assertThrows(NotFoundException.class, () -> service.get(olgasOwn.id()));
        assertEquals("VIEW_NOT_FOUND", hidden.code());
        assertThrows(NotFoundException.class, () -> service.get(9999));
        assertEquals(Optional.empty(), service.visibleView(olgasOwn.id(), PETE));
        assertEquals(Optional.of(sharedView), service.visibleView(sharedView.id(), VIC));
    }

    @Test
    public void canEditFollowsOwnershipAndSharing() {
        caller = OLGA;
        PortfolioView sharedView = service.create(shared("Everyone"));
        caller = PETE;
        PortfolioView petes = service.create(named("Pete private"));
        assertTrue(service.canEdit(petes));
        assertFalse(service.canEdit(sharedView));
        caller = VIC;
        assertFalse(service.canEdit(sharedView));
        caller = MILO; // another ops manager edits shared views too
        assertTrue(service.canEdit(sharedView));
        caller = null;
        assertFalse(service.canEdit(sharedView));
    }

    // ------------------------------------------------------------------ update

    @Test
    public void theOwnerUpdatesTheirViewWithTheRevisionAndItIsAudited() {
        caller = PETE;
        PortfolioView v = service.create(named("Mine"));
        PortfolioView updated = service.update(v.id(), new PortfolioViewInput("Mine, renamed", null, "health", null, null, null), v.revision());
        assertEquals("Mine, renamed", updated.name());
        assertEquals(PortfolioView.GroupBy.HEALTH, updated.groupBy());
        assertEquals(2, updated.revision());
        assertEquals("pete", updated.ownerKey());
        ArgumentCaptor<AuditEntry> entries = ArgumentCaptor.forClass(AuditEntry.class);
        verify(audit, times(2)).record(entries.capture());
        assertEquals("PORTFOLIO_VIEW_UPDATED", entries.getAllValues().get(1).action());
    }

    @Test
    public void renamingToTheSameNameInAnotherCaseIsNotADuplicateButToAnotherViewsNameIs() {
        caller = PETE;
        PortfolioView a = service.create(named("Alpha"));
        service.create(named("Beta"));
        assertEquals("ALPHA", service.update(a.id(), named("ALPHA"), a.revision()).name());
        assertEquals(List.of("name"), fields(() -> service.update(a.id(), named("beta"), 2)));
    }

    @Test
    public void aStaleRevisionIsAConflictAndChangesNothing() {
        caller = PETE;
        PortfolioView v = service.create(named("Mine"));
        service.update(v.id(), named("Second"), 1);
        assertThrows(ConflictException.class, () -> service.update(v.id(), named("Third"), 1));
        assertEquals("Second", views.find(v.id()).orElseThrow().name());
        assertThrows(ConflictException.class, () -> service.delete(v.id(), 1));
        assertTrue(views.find(v.id()).isPresent());
    }

    @Test
    public void othersCannotUpdateAPrivateViewAndNonManagersCannotUpdateASharedOne() {
        caller = PETE;
        PortfolioView petes = service.create(named("Pete private"));
        caller = OLGA;
        PortfolioView sharedView = service.create(shared("Everyone"));
        // a manager cannot even see someone else's private view
        assertThrows(NotFoundException.class, () -> service.update(petes.id(), named("hijack"), 1));
        caller = VIC;
        assertThrows(AccessDeniedException.class, () -> service.update(sharedView.id(), named("vandal"), 1));
        assertThrows(AccessDeniedException.class, () -> service.requireEditable(sharedView.id()));
        caller = MILO;
        PortfolioView edited = service.update(sharedView.id(), named("Everyone v2"), 1);
        assertEquals("Everyone v2", edited.name());
        assertTrue("shared stays when not sent", edited.shared());
        assertEquals("olga", edited.ownerKey());
    }

    @Test
    public void aManagerCanUnshareAView() {
        caller = OLGA;
        PortfolioView v = service.create(shared("Everyone"));
        assertFalse(service.update(v.id(), new PortfolioViewInput("Everyone", null, null, null, null, false), 1).shared());
        caller = PETE;
        assertThrows(NotFoundException.class, () -> service.get(v.id()));
    }

    @Test
    public void validationOnUpdateComesAfterThePermissionCheck() {
        caller = OLGA;
        PortfolioView v = service.create(shared("Everyone"));
        caller = VIC;
        assertThrows(AccessDeniedException.class, () -> service.update(v.id(), named(""), 1));
    }

    // ------------------------------------------------------------------ delete

    @Test
    public void theOwnerDeletesTheirViewAndItIsAudited() {
        caller = PETE;
        PortfolioView v = service.create(named("Mine"));
        service.delete(v.id(), v.revision());
        assertTrue(views.rows.isEmpty());
        ArgumentCaptor<AuditEntry> entries = ArgumentCaptor.forClass(AuditEntry.class);
        verify(audit, times(2)).record(entries.capture());
        assertEquals("PORTFOLIO_VIEW_DELETED", entries.getAllValues().get(1).action());
        assertThrows(NotFoundException.class, () -> service.get(v.id()));
    }

    @Test
    public void sharedViewsAreDeletedByOpsManagersOnlyAndPrivateOnesByTheirOwnerOnly() {
        caller = OLGA;
        PortfolioView sharedView = service.create(shared("Everyone"));
        caller = PETE;
        PortfolioView petes = service.create(named("Pete private"));
        assertThrows(AccessDeniedException.class, () -> service.delete(sharedView.id(), 1));
        caller = VIC;
        assertThrows(NotFoundException.class, () -> service.delete(petes.id(), 1));
        caller = MILO;
        assertThrows(NotFoundException.class, () -> service.delete(petes.id(), 1));
        service.delete(sharedView.id(), 1);
        assertEquals(List.of(petes.id()), new ArrayList<>(views.rows.keySet()));
    }

    @Test
    public void sortParamsRoundTrip() {
        for (PortfolioView.SortField f : PortfolioView.SortField.values()) {
            assertEquals(f, PortfolioViewService.SORT_FIELDS.get(PortfolioViewService.sortParam(f)));
        }
        assertEquals("updatedAt", PortfolioViewService.sortParam(PortfolioView.SortField.UPDATED));
    }

    /** An in-memory repository with the stored one's revision rule. */
    private static final class FakeViews implements PortfolioViewRepository {
        final Map<Long, PortfolioView> rows = new TreeMap<>();
        long next = 1;

        @Override
        public Optional<PortfolioView> find(long id) {
            return Optional.ofNullable(rows.get(id));
        }

        @Override
        public Page<PortfolioView> visibleTo(String userKey, PageRequest page) {
            List<PortfolioView> all = rows.values().stream().filter(v -> v.shared() || v.ownerKey().equals(userKey))
                    .sorted(Comparator.comparing(PortfolioView::name)).toList();
            return new Page<>(all.stream().skip(page.offset()).limit(page.size()).toList(), all.size(), page.page(), page.size());
        }

        @Override
        public List<NamedView> ownedBy(String ownerKey) {
            return rows.values().stream().filter(v -> v.ownerKey().equals(ownerKey)).map(v -> new NamedView(v.id(), v.name())).toList();
        }

        @Override
        public PortfolioView create(PortfolioView v, String userKey) {
            PortfolioView stored = new PortfolioView(next++, v.name(), v.ownerKey(), v.filters(), v.groupBy(), v.sort(), v.columns(), v.shared(), 1);
            rows.put(stored.id(), stored);
            return stored;
        }

        @Override
        public PortfolioView update(PortfolioView v, int expectedRevision, String userKey) {
            PortfolioView current = rows.get(v.id());
            check(current, expectedRevision);
            PortfolioView stored = new PortfolioView(v.id(), v.name(), current.ownerKey(), v.filters(), v.groupBy(), v.sort(), v.columns(), v.shared(),
                    expectedRevision + 1);
            rows.put(v.id(), stored);
            return stored;
        }

        @Override
        public void delete(long id, int expectedRevision, String userKey) {
            check(rows.get(id), expectedRevision);
            rows.remove(id);
        }

        private static void check(PortfolioView current, int expectedRevision) {
            if (current.revision() != expectedRevision) {
                throw new ConflictException("PF_VIEW", current.id(), new RevisionInfo(current.revision(), null, null));
            }
        }
    }
}

package io.prodops.governance.portfolio.storage;

import io.prodops.governance.ao.EmbeddedActiveObjects;
import io.prodops.governance.common.domain.ConflictException;
import io.prodops.governance.common.domain.NotFoundException;
import io.prodops.governance.common.domain.Page;
import io.prodops.governance.common.domain.PageRequest;
import io.prodops.governance.common.domain.StatusCategory;
import io.prodops.governance.common.domain.SystemClock;
import io.prodops.governance.common.storage.AoTransactions;
import io.prodops.governance.common.storage.RevisionGuard;
import io.prodops.governance.portfolio.domain.HealthColor;
import io.prodops.governance.portfolio.domain.PortfolioView;
import io.prodops.governance.portfolio.domain.PortfolioViewRepository;
import io.prodops.governance.testing.AllEntities;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.NonTransactional;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** {@link AoPortfolioViewRepository} on a real database (H2 by default; PostgreSQL and MariaDB in CI). */
@RunWith(ActiveObjectsJUnitRunner.class)
@Data(AllEntities.class)
public class PortfolioViewStorageTest {
    private EntityManager entityManager;
    private EmbeddedActiveObjects ao;
    private AoPortfolioViewRepository repository;
    private AoTransactions transactions;

    @Before
    public void setUp() {
        ao = new EmbeddedActiveObjects(entityManager);
        RevisionGuard revisions = new RevisionGuard(ao, new SystemClock());
        transactions = new AoTransactions(ao, revisions);
        repository = new AoPortfolioViewRepository(ao, revisions);
        ao.executeInTransaction(() -> ao.deleteWithSQL(PortfolioViewEntity.class, "ID > ?", 0)); // non-transactional tests keep rows
    }

    private static PortfolioView view(String name, String owner, boolean shared) {
        return new PortfolioView(null, name, owner, null, null, null, null, shared, 0);
    }

    @Test
    public void everyPartOfAViewRoundTripsIncludingUnicode() {
        String name = "Größe 🚀 発売 — \"quoted\" 'x' <b>";
        PortfolioView.Filters filters = new PortfolioView.Filters(Set.of("ABC", "ÜBER"), Set.of("JIRAUSER10100", "none"),
                Set.of(HealthColor.RED, HealthColor.AMBER), Set.of(StatusCategory.TO_DO, StatusCategory.IN_PROGRESS), "2026-Q4",
                "café ☕", "project = \"ABC\" AND summary ~ \"naïve\"");
        PortfolioView created = repository.create(new PortfolioView(null, name, "JIRAUSER10100", filters, PortfolioView.GroupBy.QUARTER,
                new PortfolioView.Sort(PortfolioView.SortField.UPDATED, true), List.of("health", "issueKey", "targetDate"), true, 0), "JIRAUSER10100");

        assertNotNull(created.id());
        assertEquals(1, created.revision());
        PortfolioView read = repository.find(created.id()).orElseThrow();
        assertEquals(created, read);
        assertEquals(name, read.name());
        assertEquals(filters, read.filters());
        assertEquals(PortfolioView.GroupBy.QUARTER, read.groupBy());
        assertEquals(new PortfolioView.Sort(PortfolioView.SortField.UPDATED, true), read.sort());
        assertEquals("column order is kept", List.of("health", "issueKey", "targetDate"), read.columns());
        assertTrue(read.shared());
    }

    @Test
    public void defaultsRoundTrip() {
        PortfolioView created = repository.create(view("Plain", "pete", false), "pete");
        PortfolioView read = repository.find(created.id()).orElseThrow();
        assertEquals(PortfolioView.Filters.NONE, read.filters());
        assertEquals(PortfolioView.GroupBy.NONE, read.groupBy());
        assertEquals(PortfolioView.Sort.DEFAULT, read.sort());
        assertEquals(PortfolioView.COLUMNS, read.columns());
    }

    @Test
    public void aMissingViewIsEmptyAndCannotBeWritten() {
        assertEquals(Optional.empty(), repository.find(424242));
        assertEquals(Optional.empty(), repository.find(0));
        assertEquals(Optional.empty(), repository.find(Long.MAX_VALUE));
        assertThrows(NotFoundException.class, () -> repository.update(
                new PortfolioView(424242L, "x", "pete", null, null, null, null, false, 1), 1, "pete"));
        assertThrows(NotFoundException.class, () -> repository.delete(424242, 1, "pete"));
    }

    @Test
    public void updateReplacesNameDefinitionAndSharedKeepsTheOwnerAndAdvancesTheRevision() {
        PortfolioView v = repository.create(view("Before", "pete", false), "pete");
        PortfolioView changed = new PortfolioView(v.id(), "After", "someone-else", new PortfolioView.Filters(Set.of("XYZ"), null, null, null,
                null, null, null), PortfolioView.GroupBy.OWNER, null, List.of("summary"), true, 0);
        PortfolioView updated = repository.update(changed, 1, "olga");
        assertEquals(2, updated.revision());
        assertEquals("pete", updated.ownerKey());
        assertEquals(updated, repository.find(v.id()).orElseThrow());
        assertEquals(Set.of("XYZ"), updated.filters().projects());
        assertEquals(List.of("summary"), updated.columns());
        assertTrue(updated.shared());
    }

    @Test
    @NonTransactional
    public void aStaleRevisionConflictsWithTheCurrentOneAndChangesNothing() {
        PortfolioView v = repository.create(view("Original", "pete", false), "pete");
        transactions.inTransaction(() -> repository.update(new PortfolioView(v.id(), "Second", "pete", null, null, null, null, false, 0), 1, "olga"));

        ConflictException stale = assertThrows(ConflictException.class, () -> transactions.inTransaction(() ->
                repository.update(new PortfolioView(v.id(), "Third", "pete", null, null, null, null, false, 0), 1, "pete")));
        assertEquals(2, stale.current().revision());
        assertEquals("olga", stale.current().updatedBy());
        assertThrows(ConflictException.class, () -> transactions.inTransaction(() -> {
            repository.delete(v.id(), 1, "pete");
            return null;
        }));
        assertEquals("Second", repository.find(v.id()).orElseThrow().name());

        transactions.inTransaction(() -> {
            repository.delete(v.id(), 2, "pete");
            return null;
        });
        assertEquals(Optional.empty(), repository.find(v.id()));
    }

    @Test
    @NonTransactional
    public void ofConcurrentWritersWithTheSameRevisionExactlyOneWins() throws Exception {
        PortfolioView v = repository.create(view("Race", "pete", false), "pete");
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            String name = "Writer " + i;
            results.add(pool.submit(() -> {
                start.await();
                try {
                    transactions.inTransaction(() -> repository.update(new PortfolioView(v.id(), name, "pete", null, null, null, null, false, 0), 1, "pete"));
                    return true;
                } catch (ConflictException lost) {
                    return false;
                }
            }));
        }
        start.countDown();
        int won = 0;
        for (Future<Boolean> r : results) {
            won += r.get(60, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(1, won);
        assertEquals(2, repository.find(v.id()).orElseThrow().revision());
    }

    @Test
    public void aUserListsTheirOwnAndEverySharedViewByNameInPages() {
        repository.create(view("Delta", "pete", false), "pete");
        repository.create(view("Alpha", "olga", true), "olga");
        repository.create(view("Charlie", "olga", false), "olga"); // olga's private: not pete's
        repository.create(view("Bravo", "pete", false), "pete");
        repository.create(view("Echo", "vic", true), "vic");

        Page<PortfolioView> all = repository.visibleTo("pete", new PageRequest(0, 50));
        assertEquals(List.of("Alpha", "Bravo", "Delta", "Echo"), all.items().stream().map(PortfolioView::name).toList());
        assertEquals(4, all.total());

        Page<PortfolioView> second = repository.visibleTo("pete", new PageRequest(1, 3));
        assertEquals(List.of("Echo"), second.items().stream().map(PortfolioView::name).toList());
        assertEquals(4, second.total());

        assertEquals(List.of("Alpha", "Charlie", "Echo"), repository.visibleTo("olga", new PageRequest(0, 50)).items().stream()
                .map(PortfolioView::name).toList());
        assertEquals(List.of("Alpha", "Echo"), repository.visibleTo("nobody", new PageRequest(0, 50)).items().stream()
                .map(PortfolioView::name).toList());
    }

    @Test
    public void ownedByNamesOnlyTheOwnersViews() {
        PortfolioView a = repository.create(view("Ä views", "pete", false), "pete");
        PortfolioView b = repository.create(view("Shared one", "pete", true), "pete");
        repository.create(view("Not pete's", "olga", true), "olga");
        assertEquals(List.of(new PortfolioViewRepository.NamedView(a.id(), "Ä views"), new PortfolioViewRepository.NamedView(b.id(), "Shared one")),
                repository.ownedBy("pete"));
        assertEquals(List.of(), repository.ownedBy("vic"));
    }
}

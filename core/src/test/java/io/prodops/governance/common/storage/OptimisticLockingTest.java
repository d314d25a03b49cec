package io.prodops.governance.common.storage;

import io.prodops.governance.ao.EmbeddedActiveObjects;
import io.prodops.governance.common.domain.AppSettings;
import io.prodops.governance.common.domain.ConflictException;
import io.prodops.governance.common.domain.SystemClock;
import io.prodops.governance.testing.AllEntities;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.NonTransactional;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Test;
import org.junit.runner.RunWith;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * The database, not Java, decides which of several writers based on the same revision wins: 20 threads, each in its
 * own transaction, write with the same revision; exactly one succeeds and its value is what is stored.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Data(AllEntities.class)
public class OptimisticLockingTest {
    private static final int WRITERS = 20;

    private EntityManager entityManager;

    @Test
    @NonTransactional
    public void twentyConcurrentWritersWithTheSameRevisionExactlyOneWins() throws Exception {
        EmbeddedActiveObjects ao = new EmbeddedActiveObjects(entityManager);
        RevisionGuard guard = new RevisionGuard(ao, new SystemClock());
        AoTransactions transactions = new AoTransactions(ao, guard);
        AoSettingsRepository settings = new AoSettingsRepository(ao, guard, new io.prodops.governance.common.cache.LocalClusterCaches(new SystemClock()));
        int base = settings.load().revision();

        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            String group = "group-" + i;
            results.add(pool.submit(() -> {
                start.await();
                try {
                    transactions.inTransaction(() -> settings.save(group, base, "writer-" + group));
                    return group;
                } catch (ConflictException lost) {
                    assertNotNull("a 409 always says what the current revision is", lost.current());
                    return null;
                }
            }));
        }
        start.countDown();
        List<String> winners = new ArrayList<>();
        for (Future<String> result : results) {
            String won = result.get(60, TimeUnit.SECONDS);
            if (won != null) {
                winners.add(won);
            }
        }
        pool.shutdown();

        assertEquals("winners: " + winners, 1, winners.size());
        AppSettings stored = settings.load();
        assertEquals(winners.get(0), stored.opsGroup());
        assertEquals(base + 1, stored.revision());
        assertEquals("writer-" + winners.get(0), stored.updatedBy());
    }

    @Test
    @NonTransactional
    public void aStaleRevisionIsRefusedWithTheCurrentOneAndChangesNothing() {
        EmbeddedActiveObjects ao = new EmbeddedActiveObjects(entityManager);
        RevisionGuard guard = new RevisionGuard(ao, new SystemClock());
        AoTransactions transactions = new AoTransactions(ao, guard);
        AoSettingsRepository settings = new AoSettingsRepository(ao, guard, new io.prodops.governance.common.cache.LocalClusterCaches(new SystemClock()));

        AppSettings first = transactions.inTransaction(() -> settings.save("first", 0, "olga"));
        assertEquals(1, first.revision());
        try {
            transactions.inTransaction(() -> settings.save("second", 0, "pete"));
            fail("a write based on revision 0 must be refused once revision 1 exists");
        } catch (ConflictException e) {
            assertEquals(1, e.current().revision());
            assertEquals("olga", e.current().updatedBy());
        }
        assertEquals("first", settings.load().opsGroup());
    }

    @Test
    public void aNeverWrittenAggregateIsAtRevisionZero() {
        RevisionGuard guard = new RevisionGuard(new EmbeddedActiveObjects(entityManager), new SystemClock());
        assertEquals(0, guard.current("NOTHING", 42).revision());
        assertNull(guard.current("NOTHING", 42).updatedBy());
        assertTrue(guard.advance("NOTHING", 42, 0, "vic").revision() == 1);
    }
}

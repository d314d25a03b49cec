package io.prodops.governance.common.storage;

import io.prodops.governance.ao.EmbeddedActiveObjects;
import io.prodops.governance.common.domain.AppSettings;
import io.prodops.governance.common.domain.AuditEntry;
import io.prodops.governance.common.domain.Page;
import io.prodops.governance.common.domain.PageRequest;
import io.prodops.governance.common.domain.SystemClock;
import io.prodops.governance.common.domain.ValidationException;
import io.prodops.governance.testing.AllEntities;
import io.prodops.governance.testing.TestStrings;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.fail;

@RunWith(ActiveObjectsJUnitRunner.class)
@Data(AllEntities.class)
public class SettingsAndAuditStorageTest {
    private EntityManager entityManager;
    private EmbeddedActiveObjects ao;

    @Before
    public void setUp() {
        ao = new EmbeddedActiveObjects(entityManager);
    }

    @Test
    public void settingsStartWithTheDefaultGroupAndKeepWhatAnAdminSaves() {
        AoSettingsRepository settings = new AoSettingsRepository(ao, new RevisionGuard(ao, new SystemClock()), new io.prodops.governance.common.cache.LocalClusterCaches(new SystemClock()));
        AppSettings defaults = settings.load();
        assertEquals(AppSettings.DEFAULT_OPS_GROUP, defaults.opsGroup());
        assertEquals(0, defaults.revision());
        assertNull(defaults.updatedBy());

        settings.save("Product Ops ✓", 0, "admin");
        AppSettings saved = settings.save("Product Ops EMEA", 1, "admin");

        assertEquals(2, saved.revision());
        assertEquals("Product Ops EMEA", settings.load().opsGroup());
        assertEquals("admin", settings.load().updatedBy());
    }

    @Test
    public void changingTheOpsGroupIsAuditedWithBeforeAndAfter() {
        RevisionGuard guard = new RevisionGuard(ao, new SystemClock());
        AoAuditLog audit = new AoAuditLog(ao);
        io.prodops.governance.common.domain.SettingsService service = new io.prodops.governance.common.domain.SettingsService(
                new AoSettingsRepository(ao, guard, new io.prodops.governance.common.cache.LocalClusterCaches(new SystemClock())), audit, new AoTransactions(ao, guard));
        io.prodops.governance.common.domain.UserRef admin = new io.prodops.governance.common.domain.UserRef("admin", "Ada");

        service.update("ops-team", 0, admin);
        service.update("ops-team", 1, admin); // no change of value: nothing to audit

        List<AuditEntry> events = audit.history("SETTINGS", "app", new PageRequest(0, 10)).items();
        assertEquals(1, events.size());
        assertEquals("SETTINGS_CHANGED", events.get(0).action());
        assertEquals("admin", events.get(0).actorKey());
        assertEquals("opsGroup: \"prodops-managers\" -> \"ops-team\"", events.get(0).summary());
    }

    @Test
    public void settingsAreReadOnceUntilASaveInvalidatesThem() {
        AoSettingsRepository settings = new AoSettingsRepository(ao, new RevisionGuard(ao, new SystemClock()),
                new io.prodops.governance.common.cache.LocalClusterCaches(new SystemClock()));
        java.util.concurrent.atomic.AtomicInteger queries = new java.util.concurrent.atomic.AtomicInteger();
        net.java.ao.DatabaseProvider.SqlListener counter = sql -> queries.incrementAndGet();
        settings.load();
        entityManager.getProvider().addSqlListener(counter);
        try {
            settings.load();
            settings.load();
            assertEquals("served from the cache", 0, queries.get());
            settings.save("cached-then-changed", 0, "admin");
            assertEquals("cached-then-changed", settings.load().opsGroup());
        } finally {
            entityManager.getProvider().removeSqlListener(counter);
        }
    }

    @Test
    public void anInvalidGroupIsRefusedNamingTheField() {
        AoSettingsRepository settings = new AoSettingsRepository(ao, new RevisionGuard(ao, new SystemClock()), new io.prodops.governance.common.cache.LocalClusterCaches(new SystemClock()));
        for (String bad : new String[] {"", "  ", " padded ", "line\nbreak", "x".repeat(256)}) {
            try {
                settings.save(bad, 0, "admin");
                fail("accepted " + bad);
            } catch (ValidationException e) {
                assertEquals("opsGroup", e.errors().get(0).field());
            }
        }
        assertEquals(0, settings.load().revision());
    }

    @Test
    public void auditHistoryIsNewestFirstAndPaged() {
        AoAuditLog audit = new AoAuditLog(ao);
        Instant t0 = Instant.parse("2026-11-23T10:00:00Z");
        for (int i = 0; i < 5; i++) {
            audit.record(new AuditEntry("PRD", "10001", 10001L, 10000L, "SECTION_EDITED", "pete", t0.plusSeconds(i), "{\"n\":" + i + "}", 1));
        }
        audit.record(new AuditEntry("PRD", "20002", 20002L, 10000L, "CREATED", "pete", t0, null, 1));

        Page<AuditEntry> first = audit.history("PRD", "10001", new PageRequest(0, 2));
        Page<AuditEntry> last = audit.history("PRD", "10001", new PageRequest(2, 2));

        assertEquals(5, first.total());
        assertEquals(List.of("{\"n\":4}", "{\"n\":3}"), first.items().stream().map(AuditEntry::summary).toList());
        assertEquals(List.of("{\"n\":0}"), last.items().stream().map(AuditEntry::summary).toList());
    }

    @Test
    public void rapidChangesByOneUserCoalesceWithinTheWindowOnly() {
        AoAuditLog audit = new AoAuditLog(ao);
        Duration window = Duration.ofMinutes(5);
        Instant t0 = Instant.parse("2026-11-23T10:00:00Z");
        audit.recordCoalescing(entry("pete", t0, "v1"), window);
        audit.recordCoalescing(entry("pete", t0.plusSeconds(60), "v2"), window);
        audit.recordCoalescing(entry("pete", t0.plusSeconds(200), "v3"), window);   // still within 5 min of the last
        audit.recordCoalescing(entry("olga", t0.plusSeconds(210), "o1"), window);   // another user: new event
        audit.recordCoalescing(entry("olga", t0.plusSeconds(900), "o2"), window);   // 11+ minutes later: new event

        List<AuditEntry> events = audit.history("PRD_SECTION", "10001/goals", new PageRequest(0, 50)).items();
        assertEquals(3, events.size());
        assertEquals("o2", events.get(0).summary());
        assertEquals("o1", events.get(1).summary());
        assertEquals("v3", events.get(2).summary());
        assertEquals(3, events.get(2).changeCount());
        assertEquals("the window is fixed from the first change", t0, events.get(2).occurredAt());
        audit.recordCoalescing(entry("pete", t0.plusSeconds(301), "v4"), window); // olga's event is the latest now: a new event
        assertEquals(4, audit.history("PRD_SECTION", "10001/goals", new PageRequest(0, 50)).items().size());
    }

    @Test
    public void userKeysAreCountedAndRewrittenInEveryUserColumn() {
        AoAuditLog audit = new AoAuditLog(ao);
        AoSettingsRepository settings = new AoSettingsRepository(ao, new RevisionGuard(ao, new SystemClock()), new io.prodops.governance.common.cache.LocalClusterCaches(new SystemClock()));
        settings.save("ops", 0, "jdoe");
        audit.record(new AuditEntry("SETTINGS", "1", null, null, "CHANGED", "jdoe", Instant.now(), TestStrings.MIXED, 1));
        audit.record(new AuditEntry("SETTINGS", "1", null, null, "CHANGED", "someone", Instant.now(), null, 1));
        UserKeyRewriter rewriter = new UserKeyRewriter(ao);

        Map<String, Integer> before = rewriter.occurrences("jdoe");
        int changed = rewriter.rewrite("jdoe", "JIRAUSER10100");

        assertEquals(Map.of("AUDIT_EVENT.ACTOR_KEY", 1, "REV_CLAIM.USER_KEY", 1, "SETTING.UPDATED_BY", 1), before);
        assertEquals(3, changed);
        assertEquals(Map.of(), rewriter.occurrences("jdoe"));
        assertEquals(3, rewriter.occurrences("JIRAUSER10100").values().stream().mapToInt(Integer::intValue).sum());
        assertEquals("JIRAUSER10100", settings.load().updatedBy());
        assertEquals(1, rewriter.occurrences("someone").size());
    }

    private static AuditEntry entry(String actor, Instant at, String summary) {
        return new AuditEntry("PRD_SECTION", "10001/goals", 10001L, 10000L, "SECTION_EDITED", actor, at, summary, 1);
    }
}

package io.prodops.governance.common.storage;

import io.prodops.governance.ao.EmbeddedActiveObjects;
import io.prodops.governance.common.domain.ConfigDoc;
import io.prodops.governance.common.domain.ConfigStatus;
import io.prodops.governance.common.domain.ConfigVersion;
import io.prodops.governance.common.domain.ConflictException;
import io.prodops.governance.common.domain.NotFoundException;
import io.prodops.governance.common.domain.PageRequest;
import io.prodops.governance.common.domain.SystemClock;
import io.prodops.governance.common.domain.ValidationException;
import io.prodops.governance.testing.AllEntities;
import io.prodops.governance.testing.TestStrings;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.NonTransactional;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Test;
import org.junit.runner.RunWith;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.fail;

@RunWith(ActiveObjectsJUnitRunner.class)
@Data(AllEntities.class)
public class ConfigDocStorageTest {
    private static final String KIND = "PRD_TEMPLATE";

    private EntityManager entityManager;

    @Test
    public void draftsArePublishedAsImmutableNumberedVersions() {
        AoConfigDocRepository docs = repository();
        ConfigDoc created = docs.create(KIND, "STANDARD_PRD", "Standard PRD", "{\"v\":\"a\"}", "olga");
        assertEquals(1, created.revision());
        assertEquals(ConfigStatus.DRAFT, created.status());
        assertEquals(0, created.publishedVersion());

        ConfigVersion v1 = docs.publish(KIND, "STANDARD_PRD", "first", 1, "olga");
        ConfigDoc edited = docs.saveDraft(KIND, "STANDARD_PRD", "Standard PRD ✓", "{\"v\":\"" + TestStrings.MIXED + "\"}", 2, "pete");
        ConfigVersion v2 = docs.publish(KIND, "STANDARD_PRD", "second", 3, "olga");

        assertEquals(1, v1.version());
        assertEquals(2, v2.version());
        assertEquals(3, edited.revision());
        assertEquals("pete", edited.updatedBy());
        assertEquals("{\"v\":\"a\"}", docs.version(KIND, "STANDARD_PRD", 1).orElseThrow().body());
        assertEquals(edited.draftBody(), docs.version(KIND, "STANDARD_PRD", 2).orElseThrow().body());
        assertEquals(List.of(2, 1), docs.versions(KIND, "STANDARD_PRD").stream().map(ConfigVersion::version).toList());
        ConfigDoc now = docs.find(KIND, "STANDARD_PRD").orElseThrow();
        assertEquals(ConfigStatus.PUBLISHED, now.status());
        assertEquals(2, now.publishedVersion());
        assertEquals(4, now.revision());
        assertFalse(docs.version(KIND, "STANDARD_PRD", 3).isPresent());
    }

    @Test
    public void staleRevisionsAreRefusedAndChangeNothing() {
        AoConfigDocRepository docs = repository();
        docs.create(KIND, "LEAN", "Lean", "{}", "olga");
        docs.saveDraft(KIND, "LEAN", "Lean 2", "{\"x\":1}", 1, "olga");
        try {
            docs.saveDraft(KIND, "LEAN", "Lean 3", "{\"x\":2}", 1, "pete");
            fail();
        } catch (ConflictException e) {
            assertEquals(2, e.current().revision());
            assertEquals("olga", e.current().updatedBy());
        }
        assertEquals("Lean 2", docs.find(KIND, "LEAN").orElseThrow().name());
    }

    @Test
    public void keysAreUniquePerKindAndRetiringNeedsAPublishedVersion() {
        AoConfigDocRepository docs = repository();
        docs.create(KIND, "LEAN", "Lean", "{}", "olga");
        docs.create("GATE_SET", "LEAN", "Lean gates", "{}", "olga");
        try {
            docs.create(KIND, "LEAN", "Other", "{}", "olga");
            fail();
        } catch (ValidationException e) {
            assertEquals("key", e.errors().get(0).field());
        }
        try {
            docs.setRetired(KIND, "LEAN", true, 1, "olga");
            fail();
        } catch (ValidationException e) {
            assertEquals("status", e.errors().get(0).field());
        }
        docs.publish(KIND, "LEAN", "v1", 1, "olga");
        assertEquals(ConfigStatus.RETIRED, docs.setRetired(KIND, "LEAN", true, 2, "olga").status());
        assertEquals(ConfigStatus.PUBLISHED, docs.setRetired(KIND, "LEAN", false, 3, "olga").status());
        assertEquals(2, docs.list(KIND, new PageRequest(0, 10)).items().size() + docs.list("GATE_SET", new PageRequest(0, 10)).items().size());
        try {
            docs.versions(KIND, "MISSING");
            fail();
        } catch (NotFoundException e) {
            assertEquals("PRD_TEMPLATE_NOT_FOUND", e.code());
        }
    }

    @Test
    public void listsCanBeLimitedToStatuses() {
        AoConfigDocRepository docs = repository();
        docs.create(KIND, "DRAFTED", "Drafted", "{}", "olga");
        docs.create(KIND, "LIVE", "Live", "{}", "olga");
        docs.publish(KIND, "LIVE", "v1", 1, "olga");
        docs.create(KIND, "OLD", "Old", "{}", "olga");
        docs.publish(KIND, "OLD", "v1", 1, "olga");
        docs.setRetired(KIND, "OLD", true, 2, "olga");
        docs.create("GATE_SET", "OTHER", "Other kind", "{}", "olga");
        docs.publish("GATE_SET", "OTHER", "v1", 1, "olga");

        assertEquals(List.of("LIVE"), docs.list(KIND, java.util.Set.of(ConfigStatus.PUBLISHED), new PageRequest(0, 10)).items().stream().map(ConfigDoc::key).toList());
        var liveOrRetired = docs.list(KIND, java.util.Set.of(ConfigStatus.PUBLISHED, ConfigStatus.RETIRED), new PageRequest(0, 1));
        assertEquals(2, liveOrRetired.total());
        assertEquals(1, liveOrRetired.items().size());
        assertEquals(0, docs.list(KIND, java.util.Set.of(), new PageRequest(0, 10)).total());
        assertEquals(3, docs.list(KIND, java.util.EnumSet.allOf(ConfigStatus.class), new PageRequest(0, 10)).total());
    }

    @Test
    @NonTransactional
    public void twoOpsManagersPublishingFromTheSameRevisionOneWins() throws Exception {
        AoConfigDocRepository docs = repository();
        EmbeddedActiveObjects ao = new EmbeddedActiveObjects(entityManager);
        AoTransactions transactions = new AoTransactions(ao, new RevisionGuard(ao, new SystemClock()));
        docs.create(KIND, "RACE", "Race", "{}", "olga");
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<String>> publishers = List.of("olga", "oscar").stream().map(user -> CompletableFuture.supplyAsync(() -> {
            try {
                go.await();
                transactions.inTransaction(() -> docs.publish(KIND, "RACE", "by " + user, 1, user));
                return "won";
            } catch (ConflictException e) {
                assertNotNull(e.current());
                return "409";
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        })).toList();
        go.countDown();
        List<String> outcomes = publishers.stream().map(CompletableFuture::join).sorted().toList();

        assertEquals(List.of("409", "won"), outcomes);
        assertEquals(1, docs.versions(KIND, "RACE").size());
    }

    private AoConfigDocRepository repository() {
        EmbeddedActiveObjects ao = new EmbeddedActiveObjects(entityManager);
        return new AoConfigDocRepository(ao, new RevisionGuard(ao, new SystemClock()));
    }
}

package io.prodops.governance.portfolio.storage;

import io.prodops.governance.ao.EmbeddedActiveObjects;
import io.prodops.governance.common.domain.ConflictException;
import io.prodops.governance.common.domain.ValidationException;
import io.prodops.governance.common.storage.AoSettingsRepository;
import io.prodops.governance.common.storage.RevisionGuard;
import io.prodops.governance.common.cache.LocalClusterCaches;
import io.prodops.governance.portfolio.domain.PortfolioSettings;
import io.prodops.governance.testing.AllEntities;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

/** Portfolio settings live in the settings table under their own revision; a stale save is a conflict. */
@RunWith(ActiveObjectsJUnitRunner.class)
@Data(AllEntities.class)
public class PortfolioSettingsStorageTest {
    private EntityManager entityManager;
    private AoPortfolioSettingsRepository repository;
    private EmbeddedActiveObjects ao;
    private RevisionGuard revisions;

    @Before
    public void setUp() {
        ao = new EmbeddedActiveObjects(entityManager);
        revisions = new RevisionGuard(ao, Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC));
        repository = new AoPortfolioSettingsRepository(ao, revisions);
    }

    @Test
    public void defaultsUntilFirstSaved() {
        assertEquals(PortfolioSettings.defaults(), repository.load());
    }

    @Test
    public void savedSettingsRoundTripWithTheNextRevision() {
        PortfolioSettings saved = repository.save(new PortfolioSettings(List.of("Initiative", "Thème \uD83D\uDE80", "Epic"), "customfield_10020", 0),
                0, "olga");

        assertEquals(new PortfolioSettings(List.of("Initiative", "Thème \uD83D\uDE80", "Epic"), "customfield_10020", 1), saved);
        assertEquals(saved, repository.load());

        PortfolioSettings back = repository.save(new PortfolioSettings(List.of("Epic"), null, 1), 1, "olga");
        assertEquals(2, back.revision());
        assertNull(repository.load().targetDateField());
        assertEquals(List.of("Epic"), repository.load().initiativeTypes());
    }

    @Test
    public void aStaleRevisionIsAConflictAndChangesNothing() {
        repository.save(new PortfolioSettings(List.of("Epic"), null, 0), 0, "olga");

        assertThrows(ConflictException.class, () -> repository.save(new PortfolioSettings(List.of("Initiative"), "customfield_1", 0), 0, "mia"));
        assertEquals(new PortfolioSettings(List.of("Epic"), null, 1), repository.load());
    }

    @Test
    public void typesTooLongForTheSettingsTableAreRefusedNamingTheField() {
        List<String> many = java.util.stream.IntStream.range(0, 60).mapToObj(i -> "Type number " + i).toList();
        ValidationException e = assertThrows(ValidationException.class, () -> repository.save(new PortfolioSettings(many, null, 0), 0, "olga"));

        assertEquals("initiativeTypes", e.errors().get(0).field());
        assertEquals(0, repository.load().revision());
    }

    @Test
    public void theAppSettingsRevisionIsNotShared() {
        AoSettingsRepository app = new AoSettingsRepository(ao, revisions, new LocalClusterCaches(Clock.systemUTC()));
        repository.save(new PortfolioSettings(List.of("Epic"), null, 0), 0, "olga");

        assertEquals(0, app.load().revision());
    }
}

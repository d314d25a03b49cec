package io.prodops.governance.experiment.setup;

import io.prodops.governance.ao.EmbeddedActiveObjects;
import io.prodops.governance.common.domain.Access;
import io.prodops.governance.common.domain.SystemClock;
import io.prodops.governance.common.port.ClusterLocks;
import io.prodops.governance.common.port.IssueTypeProvisioning.IssueTypeInfo;
import io.prodops.governance.common.setup.OneTimeSetup;
import io.prodops.governance.common.storage.AoAuditLog;
import io.prodops.governance.common.storage.AoSettingValues;
import io.prodops.governance.common.storage.AoTransactions;
import io.prodops.governance.common.storage.RevisionGuard;
import io.prodops.governance.common.storage.SettingEntity;
import io.prodops.governance.experiment.domain.ExperimentIssueType;
import io.prodops.governance.experiment.domain.ExperimentLinks;
import io.prodops.governance.experiment.domain.ExperimentTypeService;
import io.prodops.governance.testing.AllEntities;
import io.prodops.governance.testing.InMemoryIssueTypes;
import io.prodops.governance.testing.SharedLock;
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
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;

/**
 * The Experiment issue type installer through the real one-time setup and settings storage, against an in-memory host:
 * found again by its recorded id, created once per cluster, recreated once when deleted, never duplicated.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Data(AllEntities.class)
public class ExperimentIssueTypeTaskStorageTest {
    private EntityManager entityManager;
    private final InMemoryIssueTypes host = new InMemoryIssueTypes();

    private OneTimeSetup node(ClusterLocks locks) {
        EmbeddedActiveObjects ao = new EmbeddedActiveObjects(entityManager);
        SystemClock clock = new SystemClock();
        AoTransactions transactions = new AoTransactions(ao, new RevisionGuard(ao, clock));
        ExperimentTypeService service = new ExperimentTypeService(host, new AoSettingValues(ao, clock), locks, transactions,
                mock(Access.class), new AoAuditLog(ao), clock);
        return new OneTimeSetup(locks, transactions, List.of(new ExperimentIssueTypeTask(service)));
    }

    private String storedId() throws java.sql.SQLException {
        SettingEntity[] rows = entityManager.find(SettingEntity.class, "SETTING_KEY = ?", ExperimentIssueType.TYPE_ID_SETTING);
        assertEquals(1, rows.length);
        return rows[0].getSettingValue();
    }

    @Test
    @NonTransactional
    public void firstEnableCreatesTypeAndLinkTypeAndASecondEnableCreatesNothing() throws Exception {
        OneTimeSetup node = node(new SharedLock());
        assertEquals(List.of("experiment-issue-type"), node.run());
        IssueTypeInfo type = host.findIssueType(storedId()).orElseThrow();
        assertEquals(ExperimentIssueType.NAME, type.name());
        assertTrue(type.description().contains(ExperimentIssueType.MARKER));
        assertEquals("is informed by", host.findLinkType(ExperimentLinks.LINK_TYPE).orElseThrow().inward());
        assertEquals("informs", host.findLinkType(ExperimentLinks.LINK_TYPE).orElseThrow().outward());

        assertEquals(List.of(), node.run());
        assertEquals(List.of(), node(new SharedLock()).run()); // a restart: new objects, same database and host
        assertEquals(1, host.typesCreated.get());
        assertEquals(1, host.linkTypesCreated.get());
    }

    @Test
    @NonTransactional
    public void twoNodesEnablingAtOnceCreateOneType() throws Exception {
        SharedLock cluster = new SharedLock();
        OneTimeSetup nodeA = node(cluster);
        OneTimeSetup nodeB = node(cluster);
        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<List<String>> a = CompletableFuture.supplyAsync(() -> { await(start); return nodeA.run(); });
        CompletableFuture<List<String>> b = CompletableFuture.supplyAsync(() -> { await(start); return nodeB.run(); });
        start.countDown();

        assertEquals(1, a.get().size() + b.get().size());
        assertEquals(1, host.typesCreated.get());
        assertEquals(1, host.issueTypesNamed(ExperimentIssueType.NAME).size());
        assertEquals(1, host.linkTypesCreated.get());
    }

    @Test
    @NonTransactional
    public void theRecordedIdIsReusedEvenWhenAnAdminRenamedTheType() throws Exception {
        node(new SharedLock()).run();
        String id = storedId();
        host.renameType(id, "A/B test");

        assertEquals(List.of(), node(new SharedLock()).run());
        assertEquals(id, storedId());
        assertEquals(1, host.typesCreated.get());
        assertEquals(List.of(), host.issueTypesNamed(ExperimentIssueType.NAME));
    }

    @Test
    @NonTransactional
    public void aDeletedTypeIsCreatedAgainOnce() throws Exception {
        node(new SharedLock()).run();
        String first = storedId();
        host.deleteType(first);

        assertEquals(List.of("experiment-issue-type"), node(new SharedLock()).run());
        String second = storedId();
        assertTrue(!second.equals(first));
        assertEquals(List.of(), node(new SharedLock()).run());
        assertEquals(2, host.typesCreated.get());
        assertEquals(1, host.issueTypesNamed(ExperimentIssueType.NAME).size());
    }

    @Test
    @NonTransactional
    public void aTypeWeCreatedWhoseIdWasNotRecordedIsAdoptedNotDuplicated() throws Exception {
        IssueTypeInfo earlier = host.addType(ExperimentIssueType.NAME, ExperimentIssueType.DESCRIPTION);

        assertEquals(List.of("experiment-issue-type"), node(new SharedLock()).run());
        assertEquals(earlier.id(), storedId());
        assertEquals(0, host.typesCreated.get());
    }

    @Test
    @NonTransactional
    public void someoneElsesExperimentTypeIsLeftAloneAndOursGetsTheFallbackName() throws Exception {
        IssueTypeInfo foreign = host.addType("experiment", "Our own experiments");

        node(new SharedLock()).run();
        IssueTypeInfo ours = host.findIssueType(storedId()).orElseThrow();
        assertEquals(ExperimentIssueType.FALLBACK_NAME, ours.name());
        assertEquals(foreign, host.findIssueType(foreign.id()).orElseThrow());
        assertEquals(List.of(), node(new SharedLock()).run());
        assertEquals(1, host.typesCreated.get());
    }

    @Test
    @NonTransactional
    public void anExistingInformsLinkTypeIsReused() throws Exception {
        host.addLinkType(ExperimentLinks.LINK_TYPE, "informs", "is informed by");
        node(new SharedLock()).run();
        assertEquals(0, host.linkTypesCreated.get());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}

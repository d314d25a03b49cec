package io.prodops.governance.common.setup;

import io.prodops.governance.ao.EmbeddedActiveObjects;
import io.prodops.governance.common.domain.SystemClock;
import io.prodops.governance.common.port.ClusterLocks;
import io.prodops.governance.common.storage.AoTransactions;
import io.prodops.governance.common.storage.RevisionGuard;
import io.prodops.governance.common.storage.SettingEntity;
import io.prodops.governance.testing.AllEntities;
import io.prodops.governance.testing.SharedLock;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.NonTransactional;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Test;
import org.junit.runner.RunWith;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.junit.Assert.assertEquals;

@RunWith(ActiveObjectsJUnitRunner.class)
@Data(AllEntities.class)
public class OneTimeSetupStorageTest {
    private EntityManager entityManager;

    @Test
    @NonTransactional
    public void twoNodesEnablingAtOnceSetUpOnceAndASecondEnableChangesNothing() throws Exception {
        SharedLock lock = new SharedLock();
        OneTimeSetup nodeA = setup(lock);
        OneTimeSetup nodeB = setup(lock);

        CompletableFuture<List<String>> a = CompletableFuture.supplyAsync(nodeA::run);
        CompletableFuture<List<String>> b = CompletableFuture.supplyAsync(nodeB::run);
        int applied = a.get().size() + b.get().size();

        assertEquals(1, applied);
        assertEquals(List.of(), nodeA.run());
        assertEquals(1, entityManager.count(SettingEntity.class, "SETTING_KEY = ?", SchemaVersionTask.KEY));
        assertEquals("1", entityManager.find(SettingEntity.class, "SETTING_KEY = ?", SchemaVersionTask.KEY)[0].getSettingValue());
    }

    private OneTimeSetup setup(ClusterLocks locks) {
        EmbeddedActiveObjects ao = new EmbeddedActiveObjects(entityManager);
        return new OneTimeSetup(locks, new AoTransactions(ao, new RevisionGuard(ao, new SystemClock())),
                List.of(new SchemaVersionTask(ao, new SystemClock())));
    }
}

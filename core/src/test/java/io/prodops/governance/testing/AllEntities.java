package io.prodops.governance.testing;

import io.prodops.governance.common.storage.StorageEntities;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.DatabaseUpdater;

/** Schema for storage tests: every entity of the app, migrated as the AO plugin would. */
public final class AllEntities implements DatabaseUpdater {
    @Override
    public void update(EntityManager entityManager) throws Exception {
        entityManager.migrate(StorageEntities.asArray());
    }
}

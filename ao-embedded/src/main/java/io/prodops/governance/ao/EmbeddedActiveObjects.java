package io.prodops.governance.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsModuleMetaData;
import com.atlassian.sal.api.transaction.TransactionCallback;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.Transaction;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/**
 * {@link ActiveObjects} over a plain AO {@link EntityManager}: what the AO plugin gives an app inside Jira, minus
 * the plugin. Used by storage tests (under the AO JUnit runner), the standalone host and the benchmarks.
 * <p>
 * {@link #executeInTransaction} joins a transaction already bound to the thread (the AO JUnit runner binds one per
 * test and rolls it back afterwards); otherwise it opens one, commits on success and rolls back on any exception,
 * like the AO plugin's TransactionTemplate.
 */
public final class EmbeddedActiveObjects implements ActiveObjects {
    private final EntityManager entityManager;

    /** AO reads this per transaction; its default, SERIALIZABLE, is not what Jira runs AO with. */
    static final String ISOLATION_PROPERTY = "ao.transaction.isolation.level";

    public EmbeddedActiveObjects(EntityManager entityManager) {
        this.entityManager = entityManager;
        if (System.getProperty(ISOLATION_PROPERTY) == null) {
            System.setProperty(ISOLATION_PROPERTY, "TRANSACTION_READ_COMMITTED");
        }
    }

    public EntityManager entityManager() {
        return entityManager;
    }

    @Override
    @SafeVarargs
    public final void migrate(Class<? extends RawEntity<?>>... entities) {
        run(() -> {
            entityManager.migrate(entities);
            return null;
        });
    }

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        return run(() -> entityManager.get(type, key));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
        return run(() -> entityManager.create(type, params));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params) {
        return run(() -> entityManager.create(type, params));
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        run(() -> {
            entityManager.delete(entities);
            return null;
        });
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return run(() -> entityManager.deleteWithSQL(type, criteria, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters) {
        return run(() -> entityManager.find(type, criteria, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return run(() -> entityManager.find(type, query));
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> callback) {
        run(() -> {
            entityManager.stream(type, query, callback);
            return null;
        });
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return run(() -> entityManager.count(type, query));
    }

    @Override
    public <T> T executeInTransaction(TransactionCallback<T> callback) {
        if (inTransaction()) {
            return callback.doInTransaction();
        }
        try {
            return new Transaction<T>(entityManager) {
                @Override
                protected T run() {
                    return callback.doInTransaction();
                }
            }.execute();
        } catch (SQLException e) {
            throw new EmbeddedStorageException(e);
        }
    }

    /** A connection bound to this thread by a running transaction has auto-commit off; a fresh pooled one has it on. */
    private boolean inTransaction() {
        try (Connection connection = entityManager.getProvider().getConnection()) {
            return !connection.getAutoCommit(); // close() of a transaction-bound connection is a no-op in AO
        } catch (SQLException e) {
            throw new EmbeddedStorageException(e);
        }
    }

    @Override
    public ActiveObjectsModuleMetaData moduleMetaData() {
        return new ActiveObjectsModuleMetaData() {
            @Override
            public void awaitInitialization() {
                // the embedded EntityManager is ready once constructed
            }

            @Override
            public boolean isInitialized() {
                return true;
            }
        };
    }

    private <T> T run(SqlCall<T> call) {
        try {
            return call.call();
        } catch (SQLException e) {
            throw new EmbeddedStorageException(e);
        }
    }

    @FunctionalInterface
    private interface SqlCall<T> {
        T call() throws SQLException;
    }

    /** SQL failures surface unchecked, as the AO plugin surfaces them (ActiveObjectsSqlException). */
    public static final class EmbeddedStorageException extends RuntimeException {
        public EmbeddedStorageException(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }
}

package io.prodops.governance.common.storage;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.prodops.governance.common.domain.ConflictException;
import io.prodops.governance.common.port.Transactions;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.function.Supplier;

/**
 * {@link Transactions} over Active Objects. Nested calls join the outer transaction. A {@link ConflictException}
 * thrown without the current revision (a lost insert race) gets it filled in by the outermost call, after the
 * rollback, from a fresh read (PostgreSQL refuses reads inside a transaction that already failed).
 */
@Named
public class AoTransactions implements Transactions {
    private final ActiveObjects ao;
    private final RevisionGuard revisions;

    @Inject
    public AoTransactions(ActiveObjects ao, RevisionGuard revisions) {
        this.ao = ao;
        this.revisions = revisions;
    }

    /** Depth of nested calls on this thread: only the outermost one may read after a failure. */
    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        int[] depth = DEPTH.get();
        depth[0]++;
        try {
            return ao.executeInTransaction(work::get);
        } catch (ConflictException e) {
            if (e.current() != null || depth[0] > 1) {
                throw e;
            }
            throw e.withCurrent(ao.executeInTransaction(() -> revisions.current(e.aggregate(), e.aggregateId())));
        } finally {
            if (--depth[0] == 0) {
                DEPTH.remove();
            }
        }
    }
}

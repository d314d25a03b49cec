package io.prodops.governance.common.storage;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.prodops.governance.common.domain.ConflictException;
import io.prodops.governance.common.port.Transactions;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.function.Supplier;

/**
 * {@link Transactions} over Active Objects. A {@link ConflictException} thrown without the current revision (a lost
 * insert race) gets it filled in after the rollback, from a fresh read.
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

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        try {
            return ao.executeInTransaction(work::get);
        } catch (ConflictException e) {
            if (e.current() != null) {
                throw e;
            }
            throw e.withCurrent(ao.executeInTransaction(() -> revisions.current(e.aggregate(), e.aggregateId())));
        }
    }
}

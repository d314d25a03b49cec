package io.prodops.governance.common.setup;

import io.prodops.governance.common.port.ClusterLocks;
import io.prodops.governance.common.port.Transactions;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs every {@link SetupTask} once the app is enabled and storage is ready: under a cluster lock (one node does
 * it), each task in its own transaction, each idempotent (a second run changes nothing).
 */
@Named
public class OneTimeSetup {
    static final String LOCK = "io.prodops.governance.setup";
    private static final Logger LOG = LoggerFactory.getLogger(OneTimeSetup.class);

    private final ClusterLocks locks;
    private final Transactions transactions;
    private final List<SetupTask> tasks;

    @Inject
    public OneTimeSetup(ClusterLocks locks, Transactions transactions, List<SetupTask> tasks) {
        this.locks = locks;
        this.transactions = transactions;
        this.tasks = List.copyOf(tasks);
    }

    /** @return the names of the tasks that changed something */
    public List<String> run() {
        return locks.underLock(LOCK, () -> {
            List<String> applied = new ArrayList<>();
            for (SetupTask task : tasks) {
                if (transactions.inTransaction(task::apply)) {
                    LOG.info("ProdOps Governance setup: {} applied", task.name());
                    applied.add(task.name());
                }
            }
            return applied;
        });
    }
}

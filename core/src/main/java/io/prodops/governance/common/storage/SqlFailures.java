package io.prodops.governance.common.storage;

import java.sql.SQLException;

/** Classifies database failures the same way on every host (Jira's AO wraps them, the embedded host does too). */
public final class SqlFailures {
    private SqlFailures() {
    }

    /**
     * A unique-constraint violation (SQLState class 23: H2 and PostgreSQL 23505, MySQL 23000), or a serialization
     * failure / deadlock between concurrent writers of the same key (40001, PostgreSQL 40P01): both mean another
     * writer got there first.
     */
    public static boolean isLostRace(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException e = sql; e != null; e = e.getNextException()) {
                    String state = e.getSQLState();
                    if (state != null && (state.startsWith("23") || state.equals("40001") || state.equals("40P01"))) {
                        return true;
                    }
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}

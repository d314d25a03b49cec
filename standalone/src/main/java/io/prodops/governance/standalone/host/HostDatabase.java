package io.prodops.governance.standalone.host;

import org.h2.jdbcx.JdbcConnectionPool;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The host's own data (users, groups, projects, permissions, issues, links) in plain JDBC tables {@code HOST_*},
 * in the same H2 file database as the app's Active Objects tables. Not AO: this stands for what Jira keeps in its
 * own schema.
 * <p>
 * The HOST_* tables live in the schema {@value #SCHEMA}, the AO tables in PUBLIC: Active Objects reads every table
 * of its schema when it migrates and would trip over column types it does not know (e.g. DATE).
 */
public final class HostDatabase implements AutoCloseable {
    public static final String USER = "sa";
    public static final String SCHEMA = "HOST";
    private static final String PASSWORD = "";

    private final String jdbcUrl;
    private final JdbcConnectionPool pool;

    private HostDatabase(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
        this.pool = JdbcConnectionPool.create(jdbcUrl + ";INIT=CREATE SCHEMA IF NOT EXISTS " + SCHEMA + "\\;SET SCHEMA " + SCHEMA,
                USER, PASSWORD);
        this.pool.setMaxConnections(16);
    }

    /** Opens (creating if needed) {@code <dataDir>/prodops.mv.db} and the HOST_* tables. */
    public static HostDatabase open(Path dataDir) {
        HostDatabase db = new HostDatabase(jdbcUrl(dataDir));
        db.createSchema();
        return db;
    }

    /**
     * The database's URL (Active Objects uses it as it is, in schema PUBLIC). LOCK_TIMEOUT: concurrent writers of one row wait for each other rather than fail after H2's default second.
     */
    public static String jdbcUrl(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("prodops") + ";LOCK_TIMEOUT=10000";
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String password() {
        return PASSWORD;
    }

    public DataSource dataSource() {
        return pool;
    }

    public <T> T read(SqlWork<T> work) {
        try (Connection c = pool.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new HostDataException(e);
        }
    }

    /** One transaction: commits when {@code work} returns, rolls back when it throws. */
    public <T> T inTransaction(SqlWork<T> work) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new HostDataException(e);
        }
    }

    private void createSchema() {
        inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS HOST_META (META_KEY VARCHAR(100) PRIMARY KEY, META_VALUE VARCHAR(1000))");
                s.execute("CREATE TABLE IF NOT EXISTS HOST_USER (USER_KEY VARCHAR(255) PRIMARY KEY, USERNAME VARCHAR(255) NOT NULL UNIQUE,"
                        + " DISPLAY_NAME VARCHAR(255) NOT NULL, EMAIL VARCHAR(255), PASSWORD_HASH VARCHAR(255) NOT NULL,"
                        + " ACTIVE BOOLEAN DEFAULT TRUE NOT NULL)");
                s.execute("CREATE TABLE IF NOT EXISTS HOST_GROUP_MEMBER (GROUP_NAME VARCHAR(255) NOT NULL, USER_KEY VARCHAR(255) NOT NULL,"
                        + " PRIMARY KEY (GROUP_NAME, USER_KEY))");
                s.execute("CREATE TABLE IF NOT EXISTS HOST_PROJECT (ID BIGINT PRIMARY KEY, PROJECT_KEY VARCHAR(20) NOT NULL UNIQUE,"
                        + " NAME VARCHAR(255) NOT NULL, LEAD_KEY VARCHAR(255))");
                s.execute("CREATE TABLE IF NOT EXISTS HOST_PERMISSION (PROJECT_ID BIGINT NOT NULL, PERMISSION VARCHAR(20) NOT NULL,"
                        + " GROUP_NAME VARCHAR(255) NOT NULL, PRIMARY KEY (PROJECT_ID, PERMISSION, GROUP_NAME))");
                s.execute("CREATE TABLE IF NOT EXISTS HOST_ISSUE (ID BIGINT PRIMARY KEY, ISSUE_KEY VARCHAR(40) NOT NULL UNIQUE,"
                        + " PROJECT_ID BIGINT NOT NULL, ISSUE_TYPE VARCHAR(60) NOT NULL, SUMMARY VARCHAR(255) NOT NULL,"
                        + " STATUS VARCHAR(60) NOT NULL, STATUS_CATEGORY VARCHAR(20) NOT NULL, ASSIGNEE_KEY VARCHAR(255),"
                        + " DUE_DATE DATE, PARENT_ID BIGINT)");
                s.execute("CREATE INDEX IF NOT EXISTS HOST_ISSUE_PARENT ON HOST_ISSUE (PARENT_ID)");
                s.execute("CREATE INDEX IF NOT EXISTS HOST_ISSUE_PROJECT ON HOST_ISSUE (PROJECT_ID)");
                // the search's "issuetype IN" is case-insensitive, as in Jira: an indexed upper-case copy keeps it off a
                // full scan of the large demo's 110,000 issues (H2 has no expression indexes)
                s.execute("ALTER TABLE HOST_ISSUE ADD COLUMN IF NOT EXISTS ISSUE_TYPE_UC VARCHAR(60) GENERATED ALWAYS AS (UPPER(ISSUE_TYPE))");
                s.execute("CREATE INDEX IF NOT EXISTS HOST_ISSUE_TYPE ON HOST_ISSUE (ISSUE_TYPE_UC, PROJECT_ID)");
                s.execute("CREATE TABLE IF NOT EXISTS HOST_ISSUE_LINK (ID BIGINT AUTO_INCREMENT PRIMARY KEY, LINK_TYPE VARCHAR(60) NOT NULL,"
                        + " SOURCE_ID BIGINT NOT NULL, DEST_ID BIGINT NOT NULL)");
            }
            return null;
        });
    }

    @Override
    public void close() {
        pool.dispose();
    }

    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    public static final class HostDataException extends RuntimeException {
        public HostDataException(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }
}

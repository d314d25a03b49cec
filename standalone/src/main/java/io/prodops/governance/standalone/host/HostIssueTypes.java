package io.prodops.governance.standalone.host;

import io.prodops.governance.common.domain.ProjectRef;
import io.prodops.governance.common.port.IssueTypeProvisioning;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link IssueTypeProvisioning} over host tables, thin: issue types, link types and issue type schemes as rows
 * ({@code HOST_ISSUE_TYPE}, {@code HOST_LINK_TYPE}, {@code HOST_TYPE_SCHEME}, {@code HOST_SCHEME_TYPE},
 * {@code HOST_PROJECT_SCHEME}). As in Jira, a project without its own scheme uses the default scheme. The demo starts
 * with PHX, ATL and NOVA sharing the default scheme and SEC on a scheme of its own, none with the Experiment type (the
 * app's setup creates it, as on a fresh Jira). Issues keep naming their type by name (HOST_ISSUE.ISSUE_TYPE).
 */
public final class HostIssueTypes implements IssueTypeProvisioning {
    static final String SEEDED = "issuetypes.seeded";
    private static final List<String> DEMO_TYPES = List.of("Initiative", "Epic", "Story", "Task", "Bug");

    private final HostDatabase db;

    public HostIssueTypes(HostDatabase db) {
        this.db = db;
        db.inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS HOST_ISSUE_TYPE (ID BIGINT AUTO_INCREMENT PRIMARY KEY, NAME VARCHAR(60) NOT NULL UNIQUE,"
                        + " DESCRIPTION VARCHAR(1000))");
                s.execute("CREATE TABLE IF NOT EXISTS HOST_LINK_TYPE (ID BIGINT AUTO_INCREMENT PRIMARY KEY, NAME VARCHAR(60) NOT NULL UNIQUE,"
                        + " OUTWARD VARCHAR(60) NOT NULL, INWARD VARCHAR(60) NOT NULL)");
                s.execute("CREATE TABLE IF NOT EXISTS HOST_TYPE_SCHEME (ID BIGINT AUTO_INCREMENT PRIMARY KEY, NAME VARCHAR(255) NOT NULL,"
                        + " IS_DEFAULT BOOLEAN DEFAULT FALSE NOT NULL)");
                s.execute("CREATE TABLE IF NOT EXISTS HOST_SCHEME_TYPE (SCHEME_ID BIGINT NOT NULL, TYPE_ID BIGINT NOT NULL, POSITION INT NOT NULL,"
                        + " PRIMARY KEY (SCHEME_ID, TYPE_ID))");
                s.execute("CREATE TABLE IF NOT EXISTS HOST_PROJECT_SCHEME (PROJECT_ID BIGINT PRIMARY KEY, SCHEME_ID BIGINT NOT NULL)");
            }
            return null;
        });
    }

    /** Seeds the demo's types and schemes once (after the demo projects exist). */
    public void seedOnce() {
        db.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT META_VALUE FROM HOST_META WHERE META_KEY = ? FOR UPDATE")) {
                s.setString(1, SEEDED);
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        return null;
                    }
                }
            }
            update(c, "INSERT INTO HOST_META (META_KEY, META_VALUE) VALUES (?, ?)", SEEDED, "1");
            List<Long> typeIds = new ArrayList<>();
            for (String name : DEMO_TYPES) {
                typeIds.add(insert(c, "INSERT INTO HOST_ISSUE_TYPE (NAME, DESCRIPTION) VALUES (?, ?)", name, ""));
            }
            long defaultScheme = insert(c, "INSERT INTO HOST_TYPE_SCHEME (NAME, IS_DEFAULT) VALUES (?, TRUE)", "Default Issue Type Scheme");
            long security = insert(c, "INSERT INTO HOST_TYPE_SCHEME (NAME, IS_DEFAULT) VALUES (?, FALSE)", "SEC: Security Issue Type Scheme");
            for (int i = 0; i < typeIds.size(); i++) {
                update(c, "INSERT INTO HOST_SCHEME_TYPE (SCHEME_ID, TYPE_ID, POSITION) VALUES (?, ?, ?)", defaultScheme, typeIds.get(i), i);
                update(c, "INSERT INTO HOST_SCHEME_TYPE (SCHEME_ID, TYPE_ID, POSITION) VALUES (?, ?, ?)", security, typeIds.get(i), i);
            }
            try (PreparedStatement s = c.prepareStatement("SELECT ID FROM HOST_PROJECT WHERE PROJECT_KEY = ?")) {
                s.setString(1, "SEC");
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        update(c, "INSERT INTO HOST_PROJECT_SCHEME (PROJECT_ID, SCHEME_ID) VALUES (?, ?)", r.getLong(1), security);
                    }
                }
            }
            return null;
        });
    }

    @Override
    public Optional<IssueTypeInfo> findIssueType(String id) {
        long numeric;
        try {
            numeric = Long.parseLong(id);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return db.read(c -> types(c, "SELECT ID, NAME, DESCRIPTION FROM HOST_ISSUE_TYPE WHERE ID = ?", numeric)).stream().findFirst();
    }

    @Override
    public List<IssueTypeInfo> issueTypesNamed(String name) {
        return db.read(c -> types(c, "SELECT ID, NAME, DESCRIPTION FROM HOST_ISSUE_TYPE WHERE LOWER(NAME) = LOWER(?)", name));
    }

    @Override
    public IssueTypeInfo createIssueType(String name, String description) {
        long id = db.inTransaction(c -> insert(c, "INSERT INTO HOST_ISSUE_TYPE (NAME, DESCRIPTION) VALUES (?, ?)", name, description));
        return new IssueTypeInfo(String.valueOf(id), name, description);
    }

    @Override
    public Optional<LinkTypeInfo> findLinkType(String name) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT ID, NAME, OUTWARD, INWARD FROM HOST_LINK_TYPE WHERE NAME = ?")) {
                s.setString(1, name);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(new LinkTypeInfo(String.valueOf(r.getLong(1)), r.getString(2), r.getString(3), r.getString(4)))
                            : Optional.<LinkTypeInfo>empty();
                }
            }
        });
    }

    @Override
    public LinkTypeInfo createLinkType(String name, String outward, String inward) {
        long id = db.inTransaction(c -> insert(c, "INSERT INTO HOST_LINK_TYPE (NAME, OUTWARD, INWARD) VALUES (?, ?, ?)", name, outward, inward));
        return new LinkTypeInfo(String.valueOf(id), name, outward, inward);
    }

    @Override
    public List<ProjectScheme> projectSchemes() {
        return db.read(c -> {
            Map<Long, SchemeInfo> schemes = schemes(c);
            long defaultId = schemes.values().stream().filter(SchemeInfo::defaultScheme).map(s -> Long.parseLong(s.id())).findFirst().orElse(-1L);
            List<ProjectScheme> result = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT P.ID, P.PROJECT_KEY, P.NAME, PS.SCHEME_ID FROM HOST_PROJECT P"
                    + " LEFT JOIN HOST_PROJECT_SCHEME PS ON PS.PROJECT_ID = P.ID ORDER BY P.PROJECT_KEY")) {
                while (r.next()) {
                    long schemeId = r.getLong(4);
                    SchemeInfo scheme = schemes.get(r.wasNull() ? defaultId : schemeId);
                    if (scheme != null) {
                        result.add(new ProjectScheme(new ProjectRef(r.getLong(1), r.getString(2), r.getString(3)), scheme));
                    }
                }
            }
            return result;
        });
    }

    @Override
    public void addToScheme(String schemeId, String issueTypeId) {
        db.inTransaction(c -> {
            addType(c, Long.parseLong(schemeId), Long.parseLong(issueTypeId));
            return null;
        });
    }

    @Override
    public SchemeInfo copySchemeForProject(long projectId, String name, String description, String issueTypeId) {
        long copyId = db.inTransaction(c -> {
            SchemeInfo from = projectSchemes().stream().filter(p -> p.project().id() == projectId).findFirst().orElseThrow().scheme();
            long copy = insert(c, "INSERT INTO HOST_TYPE_SCHEME (NAME, IS_DEFAULT) VALUES (?, FALSE)", name);
            for (String typeId : from.issueTypeIds()) {
                addType(c, copy, Long.parseLong(typeId));
            }
            addType(c, copy, Long.parseLong(issueTypeId));
            update(c, "MERGE INTO HOST_PROJECT_SCHEME (PROJECT_ID, SCHEME_ID) KEY (PROJECT_ID) VALUES (?, ?)", projectId, copy);
            return copy;
        });
        return db.read(c -> schemes(c).get(copyId));
    }

    private static void addType(Connection c, long schemeId, long typeId) throws SQLException {
        update(c, "INSERT INTO HOST_SCHEME_TYPE (SCHEME_ID, TYPE_ID, POSITION) SELECT ?, ?, COALESCE(MAX(POSITION) + 1, 0)"
                + " FROM HOST_SCHEME_TYPE WHERE SCHEME_ID = ?", schemeId, typeId, schemeId);
    }

    private static Map<Long, SchemeInfo> schemes(Connection c) throws SQLException {
        Map<Long, String> names = new LinkedHashMap<>();
        Map<Long, Boolean> defaults = new LinkedHashMap<>();
        Map<Long, List<String>> types = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT ID, NAME, IS_DEFAULT FROM HOST_TYPE_SCHEME ORDER BY ID")) {
            while (r.next()) {
                names.put(r.getLong(1), r.getString(2));
                defaults.put(r.getLong(1), r.getBoolean(3));
                types.put(r.getLong(1), new ArrayList<>());
            }
        }
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT SCHEME_ID, TYPE_ID FROM HOST_SCHEME_TYPE ORDER BY SCHEME_ID, POSITION")) {
            while (r.next()) {
                types.get(r.getLong(1)).add(String.valueOf(r.getLong(2)));
            }
        }
        Map<Long, SchemeInfo> result = new LinkedHashMap<>();
        names.forEach((id, name) -> result.put(id, new SchemeInfo(String.valueOf(id), name, defaults.get(id), types.get(id))));
        return result;
    }

    private static List<IssueTypeInfo> types(Connection c, String sql, Object parameter) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, parameter);
            List<IssueTypeInfo> result = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    result.add(new IssueTypeInfo(String.valueOf(r.getLong(1)), r.getString(2), r.getString(3)));
                }
            }
            return result;
        }
    }

    private static long insert(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        }
    }
}

package io.prodops.governance.standalone.web;

import com.atlassian.annotations.security.UnrestrictedAccess;
import io.prodops.governance.ao.EmbeddedDatabase;
import io.prodops.governance.common.storage.StorageEntities;
import io.prodops.governance.common.web.Json;
import io.prodops.governance.standalone.host.HostDatabase;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /status}: health of the standalone host as JSON, for people and scripts. Open to anyone, so it shows
 * nothing secret: the JDBC URL without user, password or options; counts, not contents.
 */
@UnrestrictedAccess
public final class StatusServlet extends HttpServlet {
    public static final String PATH = "/status";

    private final HostDatabase db;
    private final String version;

    public StatusServlet(HostDatabase db, String version) {
        this.db = db;
        this.version = version;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("app", "ProdOps Governance");
        status.put("host", "standalone");
        status.put("version", version);
        try {
            status.putAll(db.read(this::facts));
            status.put("status", "OK");
        } catch (RuntimeException e) {
            status.put("status", "DATABASE_UNAVAILABLE");
        }
        response.setStatus("OK".equals(status.get("status")) ? 200 : 503);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(Json.write(status));
    }

    private Map<String, Object> facts(Connection c) throws SQLException {
        Map<String, Object> facts = new LinkedHashMap<>();
        DatabaseMetaData meta = c.getMetaData();
        Map<String, Object> database = new LinkedHashMap<>();
        database.put("product", meta.getDatabaseProductName());
        database.put("version", meta.getDatabaseProductVersion());
        database.put("url", publicUrl(meta.getURL()));
        facts.put("database", database);
        Map<String, Object> hostData = new LinkedHashMap<>();
        hostData.put("projects", count(c, "HOST_PROJECT"));
        hostData.put("issues", count(c, "HOST_ISSUE"));
        hostData.put("issueLinks", count(c, "HOST_ISSUE_LINK"));
        hostData.put("users", count(c, "HOST_USER"));
        hostData.put("groupMemberships", count(c, "HOST_GROUP_MEMBER"));
        facts.put("hostData", hostData);
        String prefix = EmbeddedDatabase.tablePrefix(StorageEntities.NAMESPACE);
        List<String> tables = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME LIKE ? ESCAPE '!' ORDER BY TABLE_NAME")) {
            s.setString(1, prefix.replace("_", "!_") + "!_%");
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    tables.add(r.getString(1));
                }
            }
        }
        Map<String, Object> rows = new LinkedHashMap<>();
        for (String table : tables) {
            rows.put(table, count(c, "\"PUBLIC\".\"" + table.replace("\"", "") + "\""));
        }
        Map<String, Object> ao = new LinkedHashMap<>();
        ao.put("namespace", StorageEntities.NAMESPACE);
        ao.put("tablePrefix", prefix);
        ao.put("rowsPerTable", rows);
        facts.put("activeObjects", ao);
        return facts;
    }

    /** {@code jdbc:h2:file:/data/prodops;LOCK_TIMEOUT=..;PASSWORD=..} to {@code jdbc:h2:file:/data/prodops}; user info removed. */
    static String publicUrl(String url) {
        if (url == null) {
            return null;
        }
        String base = url.split(";", 2)[0].split("\\?", 2)[0];
        return base.replaceAll("//[^/@]*@", "//");
    }

    /** @param table a host table name or a quoted, schema-qualified name (never user input) */
    private static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }
}

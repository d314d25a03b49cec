package io.prodops.governance.standalone.host;

import io.prodops.governance.common.domain.IssueFacts;
import io.prodops.governance.common.domain.IssueLinkFacts;
import io.prodops.governance.common.domain.ProjectRef;
import io.prodops.governance.common.domain.SearchPage;
import io.prodops.governance.common.domain.StatusCategory;
import io.prodops.governance.common.domain.UserRef;
import io.prodops.governance.common.port.IssueDirectory;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** {@link IssueDirectory} over HOST_ISSUE / HOST_PROJECT / HOST_ISSUE_LINK; searches take the {@link JqlSubset}. */
public final class HostIssueDirectory implements IssueDirectory {
    /** Jira 11 returns at most this many hits per search. */
    public static final int MAX_RESULTS = 10_000;
    private static final String SELECT = "SELECT I.ID, I.ISSUE_KEY, I.SUMMARY, I.ISSUE_TYPE, I.STATUS, I.STATUS_CATEGORY,"
            + " I.ASSIGNEE_KEY, I.DUE_DATE, I.PARENT_ID, P.ID, P.PROJECT_KEY, P.NAME"
            + " FROM HOST_ISSUE I JOIN HOST_PROJECT P ON P.ID = I.PROJECT_ID";

    private final HostDatabase db;
    private final HostAccessPolicy policy;

    public HostIssueDirectory(HostDatabase db, HostAccessPolicy policy) {
        this.db = db;
        this.policy = policy;
    }

    @Override
    public Optional<IssueFacts> findByKey(String issueKey) {
        if (issueKey == null) {
            return Optional.empty();
        }
        return one(SELECT + " WHERE UPPER(I.ISSUE_KEY) = UPPER(?)", issueKey);
    }

    @Override
    public Optional<IssueFacts> findById(long issueId) {
        return one(SELECT + " WHERE I.ID = ?", issueId);
    }

    /** One query (callers pass at most 500 ids). */
    @Override
    public List<IssueFacts> findByIds(Collection<Long> issueIds) {
        List<Object> ids = issueIds.stream().distinct().map(id -> (Object) id).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return db.read(c -> list(c, SELECT + " WHERE I.ID IN (" + marks(ids.size()) + ")", ids));
    }

    /** One query (callers pass at most 500 ids). */
    @Override
    public Map<Long, List<IssueLinkFacts>> linksOf(Collection<Long> issueIds) {
        List<Long> ids = issueIds.stream().distinct().toList();
        Map<Long, List<IssueLinkFacts>> out = new LinkedHashMap<>();
        ids.forEach(id -> out.put(id, new ArrayList<>()));
        if (ids.isEmpty()) {
            return out;
        }
        return db.read(c -> {
            String marks = marks(ids.size());
            try (PreparedStatement s = c.prepareStatement("SELECT LINK_TYPE, SOURCE_ID, DEST_ID FROM HOST_ISSUE_LINK"
                    + " WHERE SOURCE_ID IN (" + marks + ") OR DEST_ID IN (" + marks + ") ORDER BY ID")) {
                for (int i = 0; i < ids.size(); i++) {
                    s.setLong(i + 1, ids.get(i));
                    s.setLong(ids.size() + i + 1, ids.get(i));
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        long source = r.getLong(2);
                        long dest = r.getLong(3);
                        if (out.containsKey(source)) {
                            out.get(source).add(new IssueLinkFacts(r.getString(1), IssueLinkFacts.Direction.OUTWARD, dest));
                        }
                        if (out.containsKey(dest)) {
                            out.get(dest).add(new IssueLinkFacts(r.getString(1), IssueLinkFacts.Direction.INWARD, source));
                        }
                    }
                }
            }
            return out;
        });
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    @Override
    public List<IssueFacts> children(long issueId) {
        return db.read(c -> list(c, SELECT + " WHERE I.PARENT_ID = ? ORDER BY I.ID", List.of(issueId)));
    }

    @Override
    public List<IssueLinkFacts> links(long issueId) {
        return db.read(c -> {
            List<IssueLinkFacts> links = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT LINK_TYPE, SOURCE_ID, DEST_ID FROM HOST_ISSUE_LINK"
                    + " WHERE SOURCE_ID = ? OR DEST_ID = ? ORDER BY ID")) {
                s.setLong(1, issueId);
                s.setLong(2, issueId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        boolean outward = r.getLong(2) == issueId;
                        links.add(new IssueLinkFacts(r.getString(1),
                                outward ? IssueLinkFacts.Direction.OUTWARD : IssueLinkFacts.Direction.INWARD,
                                outward ? r.getLong(3) : r.getLong(2)));
                    }
                }
            }
            return links;
        });
    }

    @Override
    public SearchPage search(String jql, int start, int max, Optional<UserRef> searcher) {
        JqlSubset.Condition condition = JqlSubset.parse(jql, resolver());
        StringBuilder where = new StringBuilder(" WHERE (").append(condition.sql()).append(")");
        List<Object> params = new ArrayList<>(condition.params());
        if (searcher.isPresent()) {
            Set<Long> visible = policy.projectsWith(searcher.get(), HostAccessPolicy.BROWSE);
            if (visible.isEmpty()) {
                return new SearchPage(List.of(), 0);
            }
            where.append(" AND I.PROJECT_ID IN (").append(visible.stream().map(String::valueOf).collect(Collectors.joining(","))).append(")");
        }
        int offset = Math.max(0, start);
        int limit = Math.max(0, Math.min(max, MAX_RESULTS));
        return db.read(c -> {
            int total;
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM HOST_ISSUE I" + where)) {
                bind(s, params);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    total = r.getInt(1);
                }
            }
            List<Object> pageParams = new ArrayList<>(params);
            pageParams.add(limit);
            pageParams.add(offset);
            if (limit == 0) {
                return new SearchPage(List.of(), total);
            }
            // the page's ids first (narrow rows, sorted cheaply), then their facts: sorting the wide joined rows of every
            // match for each page made the large demo's ten 1,000-issue pages cost seconds
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT I.ID FROM HOST_ISSUE I" + where + " ORDER BY I.ID LIMIT ? OFFSET ?")) {
                bind(s, pageParams);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        ids.add(r.getLong(1));
                    }
                }
            }
            if (ids.isEmpty()) {
                return new SearchPage(List.of(), total);
            }
            List<IssueFacts> issues = list(c, SELECT + " WHERE I.ID IN (" + ids.stream().map(String::valueOf).collect(Collectors.joining(","))
                    + ") ORDER BY I.ID", List.of());
            return new SearchPage(issues, total);
        });
    }

    /** Syntax only, like Jira's parseQuery: values (projects, issues) are not looked up. */
    @Override
    public void validateJql(String jql) {
        JqlSubset.parse(jql, new JqlSubset.Resolver() {
            @Override
            public Optional<Long> projectId(String keyNameOrId) {
                return Optional.of(0L);
            }

            @Override
            public Optional<Long> issueId(String keyOrId) {
                return Optional.of(0L);
            }
        });
    }

    private JqlSubset.Resolver resolver() {
        return new JqlSubset.Resolver() {
            @Override
            public Optional<Long> projectId(String v) {
                return id("SELECT ID FROM HOST_PROJECT WHERE UPPER(PROJECT_KEY) = UPPER(?) OR UPPER(NAME) = UPPER(?) OR CAST(ID AS VARCHAR) = ?", v, 3);
            }

            @Override
            public Optional<Long> issueId(String v) {
                return id("SELECT ID FROM HOST_ISSUE WHERE UPPER(ISSUE_KEY) = UPPER(?) OR CAST(ID AS VARCHAR) = ?", v, 2);
            }

            private Optional<Long> id(String sql, String value, int times) {
                return db.read(c -> {
                    try (PreparedStatement s = c.prepareStatement(sql)) {
                        for (int i = 1; i <= times; i++) {
                            s.setString(i, value);
                        }
                        try (ResultSet r = s.executeQuery()) {
                            return r.next() ? Optional.of(r.getLong(1)) : Optional.empty();
                        }
                    }
                });
            }
        };
    }

    private Optional<IssueFacts> one(String sql, Object param) {
        return db.read(c -> list(c, sql, List.of(param)).stream().findFirst());
    }

    private static List<IssueFacts> list(Connection c, String sql, List<Object> params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            List<IssueFacts> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Date due = r.getDate(8);
                    long parent = r.getLong(9);
                    Long parentId = r.wasNull() ? null : parent;
                    out.add(new IssueFacts(r.getLong(1), r.getString(2), r.getString(3),
                            new ProjectRef(r.getLong(10), r.getString(11), r.getString(12)), r.getString(4), r.getString(5),
                            StatusCategory.valueOf(r.getString(6)), r.getString(7), due == null ? null : due.toLocalDate(), parentId));
                }
            }
            return out;
        }
    }

    private static void bind(PreparedStatement s, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            s.setObject(i + 1, params.get(i));
        }
    }
}

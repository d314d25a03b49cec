package io.prodops.governance.standalone.host;

import io.prodops.governance.common.domain.UserRef;
import io.prodops.governance.common.port.IssueDirectory;
import io.prodops.governance.common.port.UserDirectory;
import io.prodops.governance.prd.domain.PrdService;
import io.prodops.governance.readiness.domain.GateBindingInput;
import io.prodops.governance.readiness.domain.GateSetService;
import io.prodops.governance.readiness.domain.ReadinessService;
import io.prodops.governance.readiness.domain.StandardLaunchGateSet;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The launch-readiness demo, created once right after the PRD demo: every project's initiatives and epics are bound
 * to the built-in Standard launch gate set; a marketing group with Mia Marketing (login {@code mia}) signs off;
 * and two initiatives made for launching (PHX-14 and NOVA-14 on a fresh demo):
 * <ul>
 *   <li>{@value #READY_SUMMARY} (PHX): approved PRD, both epics done, due date, marketing signed off: ready, pete can
 *       Launch it;</li>
 *   <li>{@value #BLOCKED_SUMMARY} (NOVA): approved PRD and a due date, but one epic still in progress and no
 *       marketing sign-off: Launch is refused with those two reasons until marketing signs off and the epic is done.</li>
 * </ul>
 * The other initiatives are blocked too (no PRD, open children): PHX-1 on almost every gate. Host rows are written like
 * {@link DemoData} writes them; everything of the app goes through its services, as people would.
 */
public final class DemoLaunch {
    public static final String MARKETING_USER_KEY = "JIRAUSER10103";
    public static final String MARKETING_LOGIN = "mia";
    public static final String READY_SUMMARY = "Gift cards at checkout";
    public static final String BLOCKED_SUMMARY = "Referral rewards";
    static final List<String> LAUNCHED_TYPES = List.of("Initiative", "Epic");

    private final HostDatabase db;
    private final PrdService prds;
    private final GateSetService gateSets;
    private final ReadinessService readiness;
    private final RequestCurrentUser currentUser;
    private final UserDirectory users;
    private final IssueDirectory issues;

    public DemoLaunch(HostDatabase db, PrdService prds, GateSetService gateSets, ReadinessService readiness, RequestCurrentUser currentUser,
                      UserDirectory users, IssueDirectory issues) {
        this.db = db;
        this.prds = prds;
        this.gateSets = gateSets;
        this.readiness = readiness;
        this.currentUser = currentUser;
        this.users = users;
        this.issues = issues;
    }

    public void seed() {
        LocalDate today = LocalDate.now();
        List<String> keys = db.inTransaction(c -> {
            insert(c, "INSERT INTO HOST_USER (USER_KEY, USERNAME, DISPLAY_NAME, EMAIL, PASSWORD_HASH) VALUES (?, ?, ?, ?, ?)",
                    MARKETING_USER_KEY, MARKETING_LOGIN, "Mia Marketing", "mia@example.com", Passwords.hash(MARKETING_LOGIN));
            for (String group : List.of(DemoData.USERS_GROUP, StandardLaunchGateSet.MARKETING_GROUP)) {
                insert(c, "INSERT INTO HOST_GROUP_MEMBER (GROUP_NAME, USER_KEY) VALUES (?, ?)", group, MARKETING_USER_KEY);
            }
            List<String> created = new ArrayList<>();
            created.add(initiative(c, 10000, "PHX", READY_SUMMARY, today.plusDays(21),
                    List.of("Buy a gift card", "Redeem gift cards at checkout"), List.of("Done", "Done")));
            // due in 5 days and not ready, its open epic overdue: the portfolio's RED rows of the demo
            created.add(initiative(c, 10002, "NOVA", BLOCKED_SUMMARY, today.plusDays(5),
                    List.of("Invite friends from the app", "Reward credits on the first purchase"), List.of("Done", "In Progress")));
            return created;
        });
        UserRef olga = user("JIRAUSER10100");
        UserRef pete = user("JIRAUSER10101");
        UserRef mia = user(MARKETING_USER_KEY);
        DemoPrds demoPrds = new DemoPrds(prds, currentUser, users, issues);
        keys.forEach(key -> demoPrds.approved(pete, key, olga));
        try {
            currentUser.bind(olga);
            List<GateBindingInput> bindings = new ArrayList<>();
            for (String project : List.of("PHX", "ATL", "NOVA", "SEC")) {
                bindings.add(new GateBindingInput(project, null, LAUNCHED_TYPES, StandardLaunchGateSet.KEY));
            }
            gateSets.saveBindings(bindings, gateSets.bindings().revision());
            currentUser.bind(mia);
            readiness.signOff(keys.get(0), null, "marketing-signoff", "Launch campaign booked for the week after release.");
            currentUser.bind(olga);
            readiness.evaluate(keys.get(1), null); // stored, so the latest evaluation is there before anyone looks
        } finally {
            currentUser.clear();
        }
    }

    /** An initiative with its epics as the next issues of the project; returns the initiative's key. */
    private static String initiative(Connection c, long projectId, String projectKey, String summary, LocalDate due, List<String> epics,
                                     List<String> epicStatuses) throws SQLException {
        long id = nextId(c);
        int number = nextNumber(c, projectId);
        String key = projectKey + "-" + number;
        insertIssue(c, id, key, projectId, "Initiative", summary, "In Progress", "IN_PROGRESS", "JIRAUSER10101", due, null);
        for (int i = 0; i < epics.size(); i++) {
            String status = epicStatuses.get(i);
            insertIssue(c, id + 1 + i, projectKey + "-" + (number + 1 + i), projectId, "Epic", epics.get(i), status,
                    status.equals("Done") ? "DONE" : "IN_PROGRESS", "JIRAUSER10101", due.minusDays(7), id);
        }
        return key;
    }

    private static long nextId(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COALESCE(MAX(ID), 10099) + 1 FROM HOST_ISSUE"); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private static int nextNumber(Connection c, long projectId) throws SQLException {
        int max = 0;
        try (PreparedStatement s = c.prepareStatement("SELECT ISSUE_KEY FROM HOST_ISSUE WHERE PROJECT_ID = ?")) {
            s.setLong(1, projectId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String key = r.getString(1);
                    max = Math.max(max, Integer.parseInt(key.substring(key.lastIndexOf('-') + 1)));
                }
            }
        }
        return max + 1;
    }

    private static void insertIssue(Connection c, long id, String key, long projectId, String type, String summary, String status, String category,
                                    String assignee, LocalDate due, Long parent) throws SQLException {
        insert(c, "INSERT INTO HOST_ISSUE (ID, ISSUE_KEY, PROJECT_ID, ISSUE_TYPE, SUMMARY, STATUS, STATUS_CATEGORY, ASSIGNEE_KEY, DUE_DATE, PARENT_ID)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, key, projectId, type, summary, status, category, assignee, Date.valueOf(due), parent);
    }

    private static void insert(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                if (params[i] == null) {
                    s.setNull(i + 1, Types.NULL);
                } else {
                    s.setObject(i + 1, params[i]);
                }
            }
            s.executeUpdate();
        }
    }

    private UserRef user(String key) {
        return users.findByKey(key).orElseThrow(() -> new IllegalStateException("demo user " + key + " missing"));
    }
}

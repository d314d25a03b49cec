package io.prodops.governance.standalone.host;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo users, groups, projects, permissions, issues and links, created once on the first start (recorded in
 * HOST_META; later starts change nothing). Passwords equal the usernames.
 *
 * <table>
 *   <caption>Demo users</caption>
 *   <tr><th>username</th><th>key</th><th>groups</th><th>role</th></tr>
 *   <tr><td>admin</td><td>admin</td><td>jira-administrators, jira-system-administrators</td><td>Jira (system) admin</td></tr>
 *   <tr><td>olga</td><td>JIRAUSER10100</td><td>prodops-managers</td><td>ops manager; browses every project</td></tr>
 *   <tr><td>pete</td><td>JIRAUSER10101</td><td>product-managers</td><td>PM; edits PHX and NOVA</td></tr>
 *   <tr><td>vic</td><td>JIRAUSER10102</td><td>(users only)</td><td>viewer; browses PHX, ATL, NOVA</td></tr>
 * </table>
 * SEC (Security Hardening) is browsable only by ops managers and admins.
 */
public final class DemoData {
    static final String SEEDED = "demo.seeded";
    public static final String USERS_GROUP = "jira-software-users";
    public static final String OPS_GROUP = "prodops-managers";
    public static final String PM_GROUP = "product-managers";

    /** username, key, display name, role (for the start banner and the login page). */
    public record DemoUser(String username, String key, String displayName, String role, List<String> groups) {
        public String password() {
            return username;
        }
    }

    public static final List<DemoUser> USERS = List.of(
            new DemoUser("admin", "admin", "Ada Admin", "Jira administrator",
                    List.of(USERS_GROUP, HostAccessPolicy.ADMINS, HostAccessPolicy.SYSADMINS)),
            new DemoUser("olga", "JIRAUSER10100", "Olga Ops", "ops manager (group prodops-managers)", List.of(USERS_GROUP, OPS_GROUP)),
            new DemoUser("pete", "JIRAUSER10101", "Pete Product", "product manager (edits PHX and NOVA)", List.of(USERS_GROUP, PM_GROUP)),
            new DemoUser("vic", "JIRAUSER10102", "Vic Viewer", "viewer (browse only)", List.of(USERS_GROUP)));

    /** firstEpicDue: days from today to the first epic's due date (SEC's is overdue: a RED row vic may not see). */
    private record Project(long id, String key, String name, String lead, List<String> browse, List<String> edit,
                           String initiative, String experiment, int firstEpicDue, List<Epic> epics) {
    }

    private record Epic(String summary, List<String> stories, String bug) {
    }

    private static final String[] ASSIGNEES = {"JIRAUSER10101", "JIRAUSER10100", "admin", null, "JIRAUSER10102"};

    private static final List<Project> PROJECTS = List.of(
            new Project(10000, "PHX", "Phoenix Checkout", "JIRAUSER10101", List.of(USERS_GROUP), List.of(PM_GROUP),
                    "One-page checkout for returning customers", "Express pay button above the fold", 30, List.of(
                    new Epic("Saved payment methods", List.of("Store cards with the payment provider's vault",
                            "Choose a saved card at checkout", "Remove a saved card from the account page"),
                            "Saved card list shows expired cards"),
                    new Epic("Address book at checkout", List.of("Autocomplete addresses while typing",
                            "Default shipping address per customer", "Validate postcodes for EU countries"),
                            "Address form loses input on browser back"))),
            new Project(10001, "ATL", "Atlas Platform", "JIRAUSER10100", List.of(USERS_GROUP), List.of(),
                    "Platform reliability for peak season", "Adaptive rate limits for partner APIs", 30, List.of(
                    new Epic("Service-level objectives", List.of("Define SLOs for checkout and search APIs",
                            "Error-budget dashboard per team", "Page on fast error-budget burn"),
                            "Latency metric double-counts retries"),
                    new Epic("Zero-downtime deployments", List.of("Blue-green rollout for the API gateway",
                            "Database migrations without locks", "Automatic rollback on failed health checks"),
                            "Health check passes before caches are warm"))),
            new Project(10002, "NOVA", "Nova Growth", "JIRAUSER10101", List.of(USERS_GROUP), List.of(PM_GROUP),
                    "Activation of new sign-ups", "Shorter onboarding checklist", 30, List.of(
                    new Epic("Guided onboarding", List.of("Welcome tour for first-time users",
                            "Progress indicator on the onboarding checklist", "Skip onboarding for invited users"),
                            "Onboarding tour overlaps the cookie banner"),
                    new Epic("Lifecycle e-mails", List.of("Day-1 welcome e-mail", "Re-engagement e-mail after 14 days",
                            "Unsubscribe per e-mail category"),
                            "Welcome e-mail sent twice after social sign-up"))),
            new Project(10003, "SEC", "Security Hardening", "admin", List.of(OPS_GROUP), List.of(),
                    "SOC 2 readiness", "Passkey prompt after password login", -3, List.of(
                    new Epic("Access reviews", List.of("Quarterly access review export",
                            "Remove dormant admin accounts automatically", "Audit log for permission changes"),
                            "Access export misses service accounts"),
                    new Epic("Secrets management", List.of("Move CI secrets to the vault",
                            "Rotate database credentials monthly", "Detect secrets in pull requests"),
                            "Secret scanner flags test fixtures"))));

    private final HostDatabase db;
    private final Clock clock;

    public DemoData(HostDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Creates the demo data unless it is there already; returns whether it created it. */
    public boolean seedOnce() {
        return db.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT META_VALUE FROM HOST_META WHERE META_KEY = ? FOR UPDATE")) {
                s.setString(1, SEEDED);
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        return false;
                    }
                }
            }
            seed(c, LocalDate.now(clock));
            try (PreparedStatement s = c.prepareStatement("INSERT INTO HOST_META (META_KEY, META_VALUE) VALUES (?, ?)")) {
                s.setString(1, SEEDED);
                s.setString(2, clock.instant().toString());
                s.executeUpdate();
            }
            return true;
        });
    }

    private void seed(Connection c, LocalDate today) throws SQLException {
        for (DemoUser u : USERS) {
            update(c, "INSERT INTO HOST_USER (USER_KEY, USERNAME, DISPLAY_NAME, EMAIL, PASSWORD_HASH) VALUES (?, ?, ?, ?, ?)",
                    u.key(), u.username(), u.displayName(), u.username() + "@example.com", Passwords.hash(u.password()));
            for (String group : u.groups()) {
                update(c, "INSERT INTO HOST_GROUP_MEMBER (GROUP_NAME, USER_KEY) VALUES (?, ?)", group, u.key());
            }
        }
        long nextId = 10100;
        int n = 0;
        Map<String, Long> ids = new HashMap<>();
        for (Project p : PROJECTS) {
            update(c, "INSERT INTO HOST_PROJECT (ID, PROJECT_KEY, NAME, LEAD_KEY) VALUES (?, ?, ?, ?)", p.id(), p.key(), p.name(), p.lead());
            for (String g : p.browse()) {
                update(c, "INSERT INTO HOST_PERMISSION (PROJECT_ID, PERMISSION, GROUP_NAME) VALUES (?, ?, ?)", p.id(), HostAccessPolicy.BROWSE, g);
            }
            for (String g : p.edit()) {
                update(c, "INSERT INTO HOST_PERMISSION (PROJECT_ID, PERMISSION, GROUP_NAME) VALUES (?, ?, ?)", p.id(), HostAccessPolicy.EDIT, g);
            }
            int number = 1;
            long initiative = nextId++;
            issue(c, initiative, p, number++, "Initiative", p.initiative(), "In Progress", p.lead(), today.plusDays(90), null);
            ids.put(p.key() + "-initiative", initiative);
            int e = 0;
            for (Epic epic : p.epics()) {
                long epicId = nextId++;
                issue(c, epicId, p, number++, "Epic", epic.summary(), e == 0 ? "In Progress" : "To Do", p.lead(), today.plusDays(p.firstEpicDue() + 21L * e), initiative);
                int s = 0;
                for (String story : epic.stories()) {
                    long storyId = nextId++;
                    String[] status = {"Done", "In Progress", "To Do"};
                    issue(c, storyId, p, number++, "Story", story, status[(s + e) % 3], ASSIGNEES[n++ % ASSIGNEES.length],
                            today.plusDays(-7 + 10L * s + 14L * e), epicId);
                    ids.put(p.key() + "-e" + e + "s" + s, storyId);
                    s++;
                }
                long bugId = nextId++;
                issue(c, bugId, p, number++, "Bug", epic.bug(), e == 0 ? "Open" : "Done", ASSIGNEES[n++ % ASSIGNEES.length],
                        e == 0 ? today.minusDays(2) : null, epicId);
                ids.put(p.key() + "-e" + e + "bug", bugId);
                e++;
            }
            long experiment = nextId++;
            issue(c, experiment, p, number, "Experiment", p.experiment(), p.id() % 2 == 0 ? "Running" : "Draft", p.lead(),
                    today.plusDays(45), initiative);
            ids.put(p.key() + "-experiment", experiment);
            long second = nextId++; // a second experiment per project (issue 6): demo experiments in every status
            issue(c, second, p, number + 1, "Experiment", SECOND_EXPERIMENTS.get(p.key()), "Draft", p.lead(), today.plusDays(60), initiative);
            ids.put(p.key() + "-experiment2", second);
        }
        for (Project p : PROJECTS) {
            link(c, ids.get(p.key() + "-e0s0"), ids.get(p.key() + "-e1s0")); // first story of epic 1 blocks epic 2's
            link(c, ids.get(p.key() + "-e0bug"), ids.get(p.key() + "-e0s1")); // the bug blocks a story
            link(c, ids.get(p.key() + "-e1s2"), ids.get(p.key() + "-experiment"));
        }
        link(c, ids.get("ATL-e1s0"), ids.get("PHX-e0s1")); // platform work blocks product work across projects
        link(c, ids.get("SEC-e1s0"), ids.get("ATL-e1s1"));
        for (Project p : PROJECTS) { // both experiments inform their project's initiative
            link(c, EXPERIMENT_LINK, ids.get(p.key() + "-experiment"), ids.get(p.key() + "-initiative"));
            link(c, EXPERIMENT_LINK, ids.get(p.key() + "-experiment2"), ids.get(p.key() + "-initiative"));
        }
    }

    /** The link type of experiment issues to the initiative they inform (ExperimentLinks.LINK_TYPE in core). */
    static final String EXPERIMENT_LINK = "Informs";

    /** The summary of each project's second Experiment issue (the last issue of the project). */
    private static final Map<String, String> SECOND_EXPERIMENTS = Map.of(
            "PHX", "Free-shipping threshold banner",
            "ATL", "Retry-after hints for partner clients",
            "NOVA", "Social sign-up buttons first",
            "SEC", "Security-key nudge in account settings");

    private static void link(Connection c, String type, long source, long dest) throws SQLException {
        update(c, "INSERT INTO HOST_ISSUE_LINK (LINK_TYPE, SOURCE_ID, DEST_ID) VALUES (?, ?, ?)", type, source, dest);
    }

    private static void issue(Connection c, long id, Project p, int number, String type, String summary, String status,
                              String assignee, LocalDate due, Long parent) throws SQLException {
        String category = switch (status) {
            case "Done", "Concluded" -> "DONE";
            case "In Progress", "In Review", "Running" -> "IN_PROGRESS";
            default -> "TO_DO";
        };
        update(c, "INSERT INTO HOST_ISSUE (ID, ISSUE_KEY, PROJECT_ID, ISSUE_TYPE, SUMMARY, STATUS, STATUS_CATEGORY, ASSIGNEE_KEY,"
                        + " DUE_DATE, PARENT_ID) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, p.key() + "-" + number, p.id(), type, summary, status, category, assignee,
                due == null ? null : Date.valueOf(due), parent);
    }

    private static void link(Connection c, long source, long dest) throws SQLException {
        update(c, "INSERT INTO HOST_ISSUE_LINK (LINK_TYPE, SOURCE_ID, DEST_ID) VALUES ('Blocks', ?, ?)", source, dest);
    }

    private static void update(Connection c, String sql, Object... params) throws SQLException {
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
}

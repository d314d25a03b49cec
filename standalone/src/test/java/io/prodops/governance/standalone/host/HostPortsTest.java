package io.prodops.governance.standalone.host;

import io.prodops.governance.common.domain.IssueFacts;
import io.prodops.governance.common.domain.IssueLinkFacts;
import io.prodops.governance.common.domain.ProjectRef;
import io.prodops.governance.common.domain.SearchPage;
import io.prodops.governance.common.domain.StatusCategory;
import io.prodops.governance.common.domain.SystemClock;
import io.prodops.governance.common.domain.UserRef;
import io.prodops.governance.common.port.IssueDirectory.InvalidQueryException;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/** The host's ports over the demo data in a fresh H2 file database. */
public class HostPortsTest {
    @ClassRule
    public static final TemporaryFolder FOLDER = new TemporaryFolder();

    private static HostDatabase db;
    private static HostUserDirectory users;
    private static HostAccessPolicy policy;
    private static HostIssueDirectory issues;

    private static final UserRef ADMIN = new UserRef("admin", "Ada Admin");
    private static final UserRef OLGA = new UserRef("JIRAUSER10100", "Olga Ops");
    private static final UserRef PETE = new UserRef("JIRAUSER10101", "Pete Product");
    private static final UserRef VIC = new UserRef("JIRAUSER10102", "Vic Viewer");

    @BeforeClass
    public static void seed() throws Exception {
        db = HostDatabase.open(FOLDER.newFolder("data").toPath());
        assertTrue(new DemoData(db, new SystemClock()).seedOnce());
        users = new HostUserDirectory(db);
        policy = new HostAccessPolicy(db, users);
        issues = new HostIssueDirectory(db, policy);
    }

    @AfterClass
    public static void close() {
        db.close();
    }

    private static IssueFacts issue(String key) {
        return issues.findByKey(key).orElseThrow();
    }

    private static List<String> keys(SearchPage page) {
        return page.issues().stream().map(IssueFacts::key).toList();
    }

    @Test
    public void demoDataIsSeededOnceAndCoversTheDemo() {
        assertFalse("second run changes nothing", new DemoData(db, new SystemClock()).seedOnce());
        SearchPage all = issues.search("", 0, 1000, Optional.empty());
        assertTrue(all.total() >= 40);
        Set<String> projects = all.issues().stream().map(i -> i.project().key()).collect(Collectors.toSet());
        assertTrue(projects.size() >= 3);
        assertEquals(Set.of("Initiative", "Epic", "Story", "Bug", "Experiment"),
                all.issues().stream().map(IssueFacts::issueType).collect(Collectors.toSet()));
        assertEquals(EnumSet.allOf(StatusCategory.class), all.issues().stream().map(IssueFacts::statusCategory).collect(Collectors.toSet()));
        assertTrue(all.issues().stream().anyMatch(i -> i.dueDate() != null));
        assertTrue(all.issues().stream().anyMatch(i -> i.assignee() != null));
        assertTrue(all.issues().stream().filter(i -> !i.issueType().equals("Initiative")).allMatch(i -> i.parentId() != null));
    }

    @Test
    public void lookupsSeeEveryIssue() {
        IssueFacts initiative = issue("phx-1");
        assertEquals("PHX-1", initiative.key());
        assertEquals("Initiative", initiative.issueType());
        assertEquals(initiative, issues.findById(initiative.id()).orElseThrow());
        assertTrue(issues.findByKey("NOPE-1").isEmpty());
        List<IssueFacts> children = issues.children(initiative.id());
        assertEquals(List.of("Epic", "Epic", "Experiment"), children.stream().map(IssueFacts::issueType).toList());
        assertEquals(4, issues.children(issue("PHX-2").id()).size());
    }

    @Test
    public void linksAreSeenFromBothEnds() {
        IssueFacts blocker = issue("PHX-3");
        IssueFacts blocked = issue("PHX-8");
        assertTrue(issues.links(blocker.id()).contains(new IssueLinkFacts("Blocks", IssueLinkFacts.Direction.OUTWARD, blocked.id())));
        assertTrue(issues.links(blocked.id()).contains(new IssueLinkFacts("Blocks", IssueLinkFacts.Direction.INWARD, blocker.id())));
    }

    @Test
    public void jqlSubset() {
        Optional<UserRef> all = Optional.empty();
        assertEquals(12, issues.search("project = PHX", 0, 100, all).total());
        assertEquals(12, issues.search("project = \"Phoenix Checkout\"", 0, 100, all).total());
        assertEquals(24, issues.search("project in (PHX, atl)", 0, 100, all).total());
        assertEquals(8, issues.search("issuetype IN (Story, Bug) AND project = NOVA", 0, 100, all).total());
        assertEquals(List.of("PHX-3", "PHX-4", "PHX-5", "PHX-6"), keys(issues.search("parent = PHX-2", 0, 100, all)));
        assertEquals(List.of("PHX-1"), keys(issues.search("key = phx-1", 0, 100, all)));
        assertEquals(4, issues.search("type = Initiative", 0, 100, all).total());
        SearchPage done = issues.search("statusCategory = Done AND project = ATL", 0, 100, all);
        assertTrue(done.total() > 0);
        assertTrue(done.issues().stream().allMatch(i -> i.statusCategory() == StatusCategory.DONE));
        assertEquals(issues.search("statusCategory in (\"To Do\", 'In Progress', Done)", 0, 100, all).total(),
                issues.search("", 0, 100, all).total());
        SearchPage page = issues.search("project = PHX", 10, 5, all);
        assertEquals(12, page.total());
        assertEquals(List.of("PHX-11", "PHX-12"), keys(page));
    }

    @Test
    public void unsupportedJqlIsAnInvalidQuery() {
        for (String jql : List.of("project = PHX OR project = ATL", "summary ~ checkout", "project != PHX", "project = NOPE",
                "project = PHX ORDER BY key", "statusCategory = Blocked", "parent = NOPE-1", "project =", "project in (PHX",
                "project = \"PHX", "NOT project = PHX", "assignee = currentUser()")) {
            try {
                issues.search(jql, 0, 10, Optional.empty());
                fail("accepted: " + jql);
            } catch (InvalidQueryException expected) {
                assertTrue(expected.getMessage(), expected.getMessage().startsWith("Error in the JQL query"));
            }
        }
    }

    @Test
    public void validatingJqlChecksSyntaxOnlyAndRunsNothing() {
        issues.validateJql("project = NOPE AND parent = NOPE-1"); // values are not looked up, like Jira's parseQuery
        for (String jql : List.of("project = PHX OR project = ATL", "project =", "summary ~ x")) {
            try {
                issues.validateJql(jql);
                fail("accepted: " + jql);
            } catch (InvalidQueryException expected) {
                assertTrue(expected.getMessage(), expected.getMessage().startsWith("Error in the JQL query"));
            }
        }
    }

    @Test
    public void projectsByKeyAndIdAndTheFieldCatalog() {
        HostProjectDirectory projects = new HostProjectDirectory(db);
        ProjectRef atlas = projects.findByKey("atl").orElseThrow();
        assertEquals("ATL", atlas.key());
        assertEquals(Optional.of(atlas), projects.findById(atlas.id()));
        assertEquals(Optional.empty(), projects.findByKey("NOPE"));
        assertEquals(Optional.empty(), projects.findById(-1));
        HostFieldCatalog fields = new HostFieldCatalog();
        for (String id : List.of("duedate", "fixVersions", "assignee", "components", HostFieldCatalog.RELEASE_NOTES)) {
            assertTrue(id, fields.exists(id));
        }
        assertFalse(fields.exists("customfield_99999"));
        assertFalse(fields.exists(null));
    }

    @Test
    public void searchesHonourTheSearchersBrowsePermission() {
        String jql = "project in (PHX, SEC)";
        assertEquals(24, issues.search(jql, 0, 100, Optional.empty()).total());
        assertEquals(24, issues.search(jql, 0, 100, Optional.of(ADMIN)).total());
        assertEquals(24, issues.search(jql, 0, 100, Optional.of(OLGA)).total());
        assertEquals(12, issues.search(jql, 0, 100, Optional.of(VIC)).total());
        assertTrue(issues.search(jql, 0, 100, Optional.of(PETE)).issues().stream().noneMatch(i -> i.project().key().equals("SEC")));
    }

    @Test
    public void accessPolicyLikeAPermissionScheme() {
        IssueFacts phx = issue("PHX-3");
        IssueFacts atl = issue("ATL-3");
        IssueFacts sec = issue("SEC-3");
        assertTrue(policy.canBrowse(VIC, phx));
        assertFalse(policy.canEdit(VIC, phx));
        assertFalse(policy.canBrowse(VIC, sec));
        assertTrue(policy.canEdit(PETE, phx));
        assertTrue(policy.canEdit(PETE, issue("NOVA-3")));
        assertFalse(policy.canEdit(PETE, atl));
        assertFalse(policy.canBrowse(PETE, sec));
        assertTrue(policy.canBrowse(OLGA, sec));
        assertFalse(policy.canEdit(OLGA, phx));
        assertTrue(policy.canEdit(ADMIN, sec));
        assertFalse(policy.canBrowse(null, phx));
        assertTrue(policy.isAdmin(ADMIN));
        assertTrue(policy.isSystemAdmin(ADMIN));
        assertFalse(policy.isAdmin(OLGA));
        assertFalse(policy.isAdmin(null));
    }

    @Test
    public void usersAndPasswords() {
        assertEquals(Optional.of(OLGA), users.findByKey("JIRAUSER10100"));
        assertTrue(users.isInGroup("JIRAUSER10100", "prodops-managers"));
        assertTrue(users.isInGroup("JIRAUSER10100", "ProdOps-Managers"));
        assertFalse(users.isInGroup("JIRAUSER10102", "prodops-managers"));
        assertEquals(Optional.of(OLGA), users.authenticate("olga", "olga"));
        assertEquals(Optional.of(OLGA), users.authenticate("OLGA", "olga"));
        assertTrue(users.authenticate("olga", "OLGA").isEmpty());
        assertTrue(users.authenticate("nobody", "nobody").isEmpty());
        assertEquals("deleted users resolve to their key", "gone", users.resolve("gone").displayName());
    }
}

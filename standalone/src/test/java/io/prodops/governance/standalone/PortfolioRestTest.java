package io.prodops.governance.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.ClassRule;
import org.junit.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/**
 * {@code /rest/prodops/1.0/portfolio} over real HTTP on the demo data: four projects with their initiatives and
 * epics; vic browses PHX, ATL and NOVA but not SEC; olga (ops manager) browses everything.
 */
public class PortfolioRestTest {
    @ClassRule
    public static final RunningHost HOST = new RunningHost();
    private static final String BASE = "/rest/prodops/1.0/portfolio";
    private static final Set<String> VIC_PROJECTS = Set.of("PHX", "ATL", "NOVA");
    private final RestCalls rest = new RestCalls(HOST);

    private JsonNode page(String query, String user) throws Exception {
        return RestCalls.ok(rest.get(BASE + (query.isEmpty() ? "" : "?" + query), user));
    }

    private static List<String> keys(JsonNode page) {
        List<String> keys = new ArrayList<>();
        page.get("rows").forEach(r -> keys.add(r.get("issueKey").asText()));
        return keys;
    }

    private static Set<String> projects(JsonNode rows) {
        Set<String> projects = new HashSet<>();
        rows.forEach(r -> projects.add(r.get("project").asText()));
        return projects;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    public void anonymousCallersGet401Everywhere() throws Exception {
        RestCalls.assertError(rest.get(BASE, null), 401, "NOT_AUTHENTICATED");
        RestCalls.assertError(rest.get(BASE + "/export?format=csv", null), 401, "NOT_AUTHENTICATED");
        RestCalls.assertError(rest.get(BASE + "/export?format=json", null), 401, "NOT_AUTHENTICATED");
        RestCalls.assertError(rest.post(BASE + "/rows/PHX-1/refresh", null, "{}"), 401, "NOT_AUTHENTICATED");
        RestCalls.assertError(rest.get(BASE + "/facets", null), 401, "NOT_AUTHENTICATED");
    }

    @Test
    public void facetsAreTheProjectsAndOwnersOfTheRowsTheCallerMaySee() throws Exception {
        for (String user : List.of("olga", "vic")) {
            JsonNode all = page("size=200", user);
            Set<String> owners = new HashSet<>();
            all.get("rows").forEach(r -> owners.add(r.get("owner").isNull() ? "none" : r.get("owner").get("key").asText()));
            JsonNode facets = RestCalls.ok(rest.get(BASE + "/facets", user));
            Set<String> projectKeys = new HashSet<>();
            facets.get("projects").forEach(p -> projectKeys.add(p.get("key").asText()));
            Set<String> ownerKeys = new HashSet<>();
            facets.get("owners").forEach(o -> ownerKeys.add(o.get("key").asText()));
            assertEquals(user, projects(all.get("rows")), projectKeys);
            assertEquals(user, owners, ownerKeys);
            assertFalse(facets.get("truncated").asBoolean());
        }
        JsonNode vic = RestCalls.ok(rest.get(BASE + "/facets", "vic"));
        assertFalse("no hidden project among vic's choices: " + vic, vic.toString().contains("\"SEC\""));
        assertTrue("owners come with display names: " + vic, vic.get("owners").findValuesAsText("label").contains("Pete Product"));
    }

    @Test
    public void aViewerSeesOnlyRowsOfProjectsTheyMayBrowse() throws Exception {
        JsonNode olga = page("size=200", "olga");
        JsonNode vic = page("size=200", "vic");
        assertEquals(Set.of("PHX", "ATL", "NOVA", "SEC"), projects(olga.get("rows")));
        assertEquals(VIC_PROJECTS, projects(vic.get("rows")));
        int sec = 0;
        for (JsonNode r : olga.get("rows")) {
            sec += r.get("project").asText().equals("SEC") ? 1 : 0;
        }
        assertTrue(sec > 0);
        assertEquals(olga.get("total").asInt() - sec, vic.get("total").asInt());
        assertEquals(vic.get("rows").size(), vic.get("total").asInt());
        assertEquals(vic.get("total").asInt(), vic.get("totals").get("count").asInt());
        assertFalse(vic.get("truncated").asBoolean());
        // a project filter naming a hidden project never reveals its rows
        JsonNode filtered = page("project=SEC,PHX&size=200", "vic");
        assertEquals(Set.of("PHX"), projects(filtered.get("rows")));
    }

    @Test
    public void rowsCarryTheContractFields() throws Exception {
        JsonNode all = page("size=200", "olga");
        JsonNode rows = all.get("rows");
        assertTrue(rows.size() > 10);
        assertEquals(all.get("total").asInt(), rows.size());
        for (JsonNode r : rows) {
            for (String field : List.of("issueId", "issueKey", "summary", "project", "issueType", "owner", "statusCategory", "targetDate",
                    "prd", "readiness", "experiments", "health", "updatedAt", "refreshedAt", "url")) {
                assertTrue(field + " in " + r, r.has(field));
            }
            assertEquals("/browse/" + r.get("issueKey").asText(), r.get("url").asText());
            assertTrue(Set.of("Initiative", "Epic").contains(r.get("issueType").asText()));
            String color = r.get("health").get("color").asText();
            assertTrue(Set.of("RED", "AMBER", "GREEN").contains(color));
            for (JsonNode reason : r.get("health").get("reasons")) {
                assertFalse("rendered, not a key: " + reason, reason.asText().startsWith("prodops."));
            }
            assertEquals(color.equals("GREEN"), r.get("health").get("reasons").isEmpty());
        }
    }

    @Test
    public void filtersOverHttp() throws Exception {
        for (JsonNode r : page("project=PHX&size=200", "olga").get("rows")) {
            assertEquals("PHX", r.get("project").asText());
        }
        JsonNode text = page("q=" + enc("CHECKOUT") + "&size=200", "olga");
        assertTrue(text.get("total").asInt() > 0);
        for (JsonNode r : text.get("rows")) {
            assertTrue(r.toString(), (r.get("issueKey").asText() + " " + r.get("summary").asText()).toLowerCase().contains("checkout"));
        }
        for (JsonNode r : page("statusCategory=IN_PROGRESS&size=200", "olga").get("rows")) {
            assertEquals("IN_PROGRESS", r.get("statusCategory").asText());
        }
        JsonNode all = page("size=200", "olga");
        String color = all.get("rows").get(0).get("health").get("color").asText();
        JsonNode byHealth = page("health=" + color + "&size=200", "olga");
        assertTrue(byHealth.get("total").asInt() > 0);
        byHealth.get("rows").forEach(r -> assertEquals(color, r.get("health").get("color").asText()));
        assertEquals(all.get("totals").get("health").get(color).asInt(), byHealth.get("total").asInt());

        String owner = null;
        for (JsonNode r : all.get("rows")) {
            if (!r.get("owner").isNull()) {
                owner = r.get("owner").get("key").asText();
            }
        }
        assertNotNull(owner);
        String ownerKey = owner;
        page("owner=" + enc(ownerKey) + "&size=200", "olga").get("rows").forEach(r -> assertEquals(ownerKey, r.get("owner").get("key").asText()));
        page("owner=none&size=200", "olga").get("rows").forEach(r -> assertTrue(r.get("owner").isNull()));

        String target = null;
        for (JsonNode r : all.get("rows")) {
            if (!r.get("targetDate").isNull()) {
                target = r.get("targetDate").asText();
            }
        }
        assertNotNull(target);
        LocalDate date = LocalDate.parse(target);
        String quarter = date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
        JsonNode inQuarter = page("quarter=" + quarter + "&size=200", "olga");
        assertTrue(inQuarter.get("total").asInt() > 0);
        for (JsonNode r : inQuarter.get("rows")) {
            LocalDate d = LocalDate.parse(r.get("targetDate").asText());
            assertEquals(quarter, d.getYear() + "-Q" + ((d.getMonthValue() - 1) / 3 + 1));
        }
    }

    @Test
    public void groupsSortAndPagingOverHttp() throws Exception {
        JsonNode grouped = page("groupBy=project&size=200", "olga");
        List<String> groupKeys = new ArrayList<>();
        int sum = 0;
        for (JsonNode g : grouped.get("groups")) {
            groupKeys.add(g.get("key").asText());
            JsonNode h = g.get("health");
            assertEquals(g.get("count").asInt(), h.get("RED").asInt() + h.get("AMBER").asInt() + h.get("GREEN").asInt());
            sum += g.get("count").asInt();
        }
        assertEquals(List.of("ATL", "NOVA", "PHX", "SEC"), groupKeys);
        assertEquals(grouped.get("total").asInt(), sum);
        assertTrue(page("", "olga").get("groups").isEmpty());
        JsonNode funnel = grouped.get("charts").get("funnel");
        assertEquals(grouped.get("total").asInt(), funnel.get("total").asInt());
        assertTrue(grouped.get("charts").get("experimentOutcomes").has("open"));
        assertTrue(grouped.get("charts").get("launchesByMonth").size() > 0);

        List<String> desc = keys(page("sort=key,desc&size=200", "olga"));
        List<String> asc = keys(page("sort=key&size=200", "olga"));
        List<String> reversed = new ArrayList<>(asc);
        java.util.Collections.reverse(reversed);
        assertEquals(reversed, desc);

        List<String> ten = keys(page("sort=key&size=10", "olga"));
        JsonNode first = page("sort=key&size=5&page=0", "olga");
        JsonNode second = page("sort=key&size=5&page=1", "olga");
        assertEquals(5, first.get("size").asInt());
        assertEquals(1, second.get("page").asInt());
        List<String> both = new ArrayList<>(keys(first));
        both.addAll(keys(second));
        assertEquals(ten, both);
        assertTrue(page("sort=key&size=5&page=9", "olga").get("rows").isEmpty());
    }

    @Test
    public void badParamsAre400sNamingTheParam() throws Exception {
        String[][] cases = {{"size=0", "size"}, {"size=201", "size"}, {"page=x", "page"}, {"page=-1", "page"}, {"health=PURPLE", "health"},
                {"statusCategory=NEW", "statusCategory"}, {"groupBy=team", "groupBy"}, {"sort=priority", "sort"}, {"sort=key,down", "sort"},
                {"quarter=2026Q4", "quarter"}, {"view=abc", "view"}, {"jql=" + enc("project = PHX OR project = NOVA"), "jql"},
                {"jql=" + enc("project = PHX ORDER BY key"), "jql"}, {"project=" + enc("PHX,,NOVA"), "project"}};
        for (String[] c : cases) {
            HttpResponse<String> r = rest.get(BASE + "?" + c[0], "vic");
            RestCalls.assertError(r, 400, "VALIDATION_FAILED");
            assertEquals(c[0], List.of(c[1]), RestCalls.errorFields(r));
        }
        HttpResponse<String> format = rest.get(BASE + "/export?format=xml", "vic");
        RestCalls.assertError(format, 400, "VALIDATION_FAILED");
        assertEquals(List.of("format"), RestCalls.errorFields(format));
        RestCalls.assertError(rest.get(BASE + "/export?format=csv&health=PURPLE", "vic"), 400, "VALIDATION_FAILED");
        RestCalls.assertError(rest.get(BASE + "?view=987654", "vic"), 404, "VIEW_NOT_FOUND");
    }

    @Test
    public void csvExportHonoursPermissionsAndFilters() throws Exception {
        HttpResponse<byte[]> r = RunningHost.client().send(HOST.request(BASE + "/export?format=csv&sort=key", "vic").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse(""), r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String disposition = r.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(disposition, disposition.matches("attachment; filename=\"portfolio-\\d{4}-\\d{2}-\\d{2}\\.csv\""));
        byte[] bytes = r.body();
        assertEquals((byte) 0xEF, bytes[0]);
        assertEquals((byte) 0xBB, bytes[1]);
        assertEquals((byte) 0xBF, bytes[2]);
        String body = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertEquals(-1, body.indexOf('\uFEFF'));
        String[] lines = body.split("\r\n");
        assertTrue(lines[0], lines[0].startsWith("Key,Summary,Project,Owner,"));
        JsonNode vic = page("size=200&sort=key", "vic");
        assertEquals(vic.get("total").asInt() + 1, lines.length);
        assertFalse(body, body.contains("SEC-"));
        assertEquals(keys(vic).get(0), lines[1].substring(0, lines[1].indexOf(',')));

        String phx = new String(RunningHost.client().send(HOST.request(BASE + "/export?format=csv&project=PHX", "vic").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray()).body(), StandardCharsets.UTF_8);
        String[] phxLines = phx.split("\r\n");
        assertEquals(page("project=PHX&size=200", "vic").get("total").asInt() + 1, phxLines.length);
        for (int i = 1; i < phxLines.length; i++) {
            assertTrue(phxLines[i], phxLines[i].startsWith("PHX-"));
        }
    }

    @Test
    public void jsonExportHonoursPermissionsAndFilters() throws Exception {
        JsonNode export = RestCalls.ok(rest.get(BASE + "/export?format=json&sort=key", "vic"));
        JsonNode vic = page("size=200&sort=key", "vic");
        assertEquals(vic.get("total").asInt(), export.get("total").asInt());
        assertEquals(keys(vic), keys(export));
        assertEquals(VIC_PROJECTS, projects(export.get("rows")));
        assertNotNull(export.get("generatedAt").asText());
        JsonNode olgaSec = RestCalls.ok(rest.get(BASE + "/export?format=json&project=SEC", "olga"));
        assertTrue(olgaSec.get("total").asInt() > 0);
        assertEquals(Set.of("SEC"), projects(olgaSec.get("rows")));
        assertEquals(0, RestCalls.ok(rest.get(BASE + "/export?format=json&project=SEC", "vic")).get("total").asInt());
    }

    @Test
    public void refreshingARowRebuildsItAndHiddenIssuesAre404() throws Exception {
        JsonNode row = RestCalls.ok(rest.post(BASE + "/rows/PHX-1/refresh", "pete", "{}"));
        assertEquals("PHX-1", row.get("issueKey").asText());
        assertFalse(row.get("readiness").isNull());
        assertNotNull(row.get("readiness").get("evaluatedAt").asText());
        RestCalls.assertError(rest.post(BASE + "/rows/SEC-1/refresh", "vic", "{}"), 404, "ISSUE_NOT_FOUND");
        RestCalls.assertError(rest.post(BASE + "/rows/NOPE-1/refresh", "vic", "{}"), 404, "ISSUE_NOT_FOUND");
        // PHX-3 is a story of the demo: no initiative, so there is no row to rebuild
        RestCalls.assertError(rest.post(BASE + "/rows/PHX-3/refresh", "pete", "{}"), 404, "NOT_AN_INITIATIVE");
        HttpResponse<String> formPost = rest.send("POST", BASE + "/rows/PHX-1/refresh", "pete", "application/x-www-form-urlencoded", "a=b");
        assertEquals(formPost.body(), 415, formPost.statusCode());
    }
}

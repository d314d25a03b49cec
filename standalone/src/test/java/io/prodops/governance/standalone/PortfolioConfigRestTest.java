package io.prodops.governance.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.ClassRule;
import org.junit.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static io.prodops.governance.standalone.RestCalls.assertError;
import static io.prodops.governance.standalone.RestCalls.errorFields;
import static io.prodops.governance.standalone.RestCalls.ok;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * {@code /portfolio/views}, {@code /portfolio/health-rules} and {@code /portfolio/settings} over real HTTP against
 * the standalone host (olga = ops manager, pete = product manager, vic = viewer).
 */
public class PortfolioConfigRestTest {
    @ClassRule
    public static final RunningHost HOST = new RunningHost();
    private static final String VIEWS = "/rest/prodops/1.0/portfolio/views";
    private static final String RULES = "/rest/prodops/1.0/portfolio/health-rules";
    private static final String SETTINGS = "/rest/prodops/1.0/portfolio/settings";
    private static final RestCalls REST = new RestCalls(HOST);

    private static ObjectNode view(String name) {
        ObjectNode v = RunningHost.JSON.createObjectNode().put("name", name).put("groupBy", "project");
        ObjectNode f = v.putObject("filters");
        f.putArray("projects").add("ABC");
        f.putArray("health").add("RED");
        f.put("quarter", "2026-Q4");
        v.putObject("sort").put("field", "targetDate").put("descending", true);
        v.putArray("columns").add("issueKey").add("health");
        return v;
    }

    private static List<String> names(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.get("items").forEach(i -> out.add(i.get("name").asText()));
        return out;
    }

    private static HttpResponse<String> delete(String path, String user) throws Exception {
        return REST.send("DELETE", path, user, null, null);
    }

    // ------------------------------------------------------------------ views

    @Test
    public void theOwnerCreatesReadsUpdatesAndDeletesAView() throws Exception {
        JsonNode created = ok(REST.post(VIEWS, "pete", view("  Pete’s RED launches  ")));
        long id = created.get("id").asLong();
        assertEquals("Pete’s RED launches", created.get("name").asText());
        assertEquals("JIRAUSER10101", created.get("owner").get("key").asText());
        assertEquals(1, created.get("revision").asInt());
        assertTrue(created.get("canEdit").asBoolean());
        assertFalse(created.get("shared").asBoolean());
        assertEquals("project", created.get("groupBy").asText());
        assertEquals("targetDate", created.get("sort").get("field").asText());
        assertTrue(created.get("sort").get("descending").asBoolean());
        assertEquals("RED", created.get("filters").get("health").get(0).asText());
        assertEquals("2026-Q4", created.get("filters").get("quarter").asText());
        assertEquals(2, created.get("columns").size());

        JsonNode read = ok(REST.get(VIEWS + "/" + id, "pete"));
        assertEquals(created, read);
        assertTrue(names(ok(REST.get(VIEWS, "pete"))).contains("Pete’s RED launches"));

        ObjectNode change = view("Pete renamed").put("revision", 1);
        change.put("groupBy", "health");
        JsonNode updated = ok(REST.put(VIEWS + "/" + id, "pete", change));
        assertEquals(2, updated.get("revision").asInt());
        assertEquals("health", updated.get("groupBy").asText());

        // stale revision: 409 with the current one, nothing changed
        HttpResponse<String> stale = REST.put(VIEWS + "/" + id, "pete", view("Stale").put("revision", 1));
        assertError(stale, 409, "STALE_REVISION");
        assertEquals(2, RunningHost.json(stale).get("current").get("revision").asInt());
        assertError(delete(VIEWS + "/" + id + "?revision=1", "pete"), 409, "STALE_REVISION");
        assertEquals("Pete renamed", ok(REST.get(VIEWS + "/" + id, "pete")).get("name").asText());

        assertError(delete(VIEWS + "/" + id, "pete"), 400, "VALIDATION_FAILED");
        HttpResponse<String> gone = delete(VIEWS + "/" + id + "?revision=2", "pete");
        assertEquals(gone.body(), 204, gone.statusCode());
        assertError(REST.get(VIEWS + "/" + id, "pete"), 404, "VIEW_NOT_FOUND");
    }

    @Test
    public void aPrivateViewIsInvisibleToOthers() throws Exception {
        long id = ok(REST.post(VIEWS, "pete", view("Pete only"))).get("id").asLong();
        assertError(REST.get(VIEWS + "/" + id, "vic"), 404, "VIEW_NOT_FOUND");
        assertError(REST.get(VIEWS + "/" + id, "olga"), 404, "VIEW_NOT_FOUND");
        assertError(REST.put(VIEWS + "/" + id, "vic", view("hijack").put("revision", 1)), 404, "VIEW_NOT_FOUND");
        assertFalse(names(ok(REST.get(VIEWS, "vic"))).contains("Pete only"));
        assertError(REST.get(VIEWS, null), 401, "NOT_AUTHENTICATED");
        assertError(REST.get(VIEWS + "/not-a-number", "pete"), 404, "VIEW_NOT_FOUND");
    }

    @Test
    public void aSharedViewIsVisibleToEveryoneButEditableOnlyByOpsManagers() throws Exception {
        JsonNode shared = ok(REST.post(VIEWS, "olga", view("Everyone’s risks").put("shared", true)));
        long id = shared.get("id").asLong();
        assertTrue(shared.get("shared").asBoolean());

        JsonNode asVic = ok(REST.get(VIEWS + "/" + id, "vic"));
        assertFalse(asVic.get("canEdit").asBoolean());
        assertEquals("Olga Ops", asVic.get("owner").get("displayName").asText());
        boolean listed = false;
        for (JsonNode item : ok(REST.get(VIEWS, "vic")).get("items")) {
            if (item.get("id").asLong() == id) {
                listed = true;
                assertFalse(item.get("canEdit").asBoolean());
            }
        }
        assertTrue(listed);

        assertError(REST.put(VIEWS + "/" + id, "vic", view("vandal").put("revision", 1)), 403, "FORBIDDEN");
        assertError(REST.put(VIEWS + "/" + id, "pete", view("vandal").put("revision", 1)), 403, "FORBIDDEN");
        assertError(delete(VIEWS + "/" + id + "?revision=1", "vic"), 403, "FORBIDDEN");
        assertEquals("Everyone’s risks", ok(REST.get(VIEWS + "/" + id, "vic")).get("name").asText());
        assertTrue(ok(REST.get(VIEWS + "/" + id, "olga")).get("canEdit").asBoolean());
    }

    @Test
    public void aNonManagerCannotShare() throws Exception {
        assertError(REST.post(VIEWS, "pete", view("For all").put("shared", true)), 403, "FORBIDDEN");
        JsonNode own = ok(REST.post(VIEWS, "pete", view("Mine to share")));
        assertError(REST.put(VIEWS + "/" + own.get("id").asLong(), "pete", view("Mine to share").put("shared", true).put("revision", 1)),
                403, "FORBIDDEN");
        assertFalse(ok(REST.get(VIEWS + "/" + own.get("id").asLong(), "pete")).get("shared").asBoolean());
    }

    @Test
    public void badInputIsA400NamingEveryField() throws Exception {
        ObjectNode bad = view(" ");
        ObjectNode f = (ObjectNode) bad.get("filters");
        ((ArrayNode) f.get("health")).add("PURPLE");
        f.putArray("statusCategories").add("LATER");
        f.put("quarter", "2026-Q9");
        f.put("jql", "project = = ABC");
        bad.put("groupBy", "colour");
        ((ArrayNode) bad.get("columns")).add("password");
        HttpResponse<String> r = REST.post(VIEWS, "pete", bad);
        assertError(r, 400, "VALIDATION_FAILED");
        assertEquals(List.of("name", "filters.health[1]", "filters.statusCategories[0]", "filters.quarter", "filters.jql", "groupBy", "columns[2]"),
                errorFields(r));

        ok(REST.post(VIEWS, "pete", view("Twice")));
        HttpResponse<String> twice = REST.post(VIEWS, "pete", view("TWICE"));
        assertError(twice, 400, "VALIDATION_FAILED");
        assertEquals(List.of("name"), errorFields(twice));
        assertError(REST.send("POST", VIEWS, "pete", "text/plain", "{}"), 415, "UNSUPPORTED_CONTENT_TYPE");
    }

    // ------------------------------------------------------------------ health rules

    @Test
    public void opsManagersSaveADraftPublishItAndSeeTheVersions() throws Exception {
        JsonNode draft = ok(REST.get(RULES, "olga"));
        int revision = draft.get("revision").asInt();
        int published = draft.get("publishedVersion").asInt();
        assertTrue(published >= 1);
        assertEquals(5, draft.get("rules").size());

        ObjectNode body = RunningHost.JSON.createObjectNode().put("revision", revision);
        ArrayNode rules = body.putArray("rules");
        rules.addObject().put("type", "TARGET_PASSED_NOT_DONE").put("color", "RED");
        rules.addObject().put("type", "NOT_READY_NEAR_TARGET").put("color", "AMBER").put("days", 14);
        JsonNode saved = ok(REST.put(RULES, "olga", body));
        assertEquals(revision + 1, saved.get("revision").asInt());
        assertTrue(saved.get("unpublishedChanges").asBoolean());
        assertEquals(14, saved.get("rules").get(1).get("days").asInt());

        // others still see the published rules, not the draft
        JsonNode asPete = ok(REST.get(RULES, "pete"));
        assertEquals(published, asPete.get("version").asInt());
        assertFalse(asPete.has("revision") && !asPete.get("revision").isNull());
        assertEquals(5, asPete.get("rules").size());

        assertError(REST.put(RULES, "olga", body), 409, "STALE_REVISION");

        JsonNode afterPublish = ok(REST.post(RULES + "/publish", "olga",
                RunningHost.JSON.createObjectNode().put("note", "Two rules, amber at 14 days").put("revision", revision + 1)));
        assertEquals(published + 1, afterPublish.get("publishedVersion").asInt());
        assertFalse(afterPublish.get("unpublishedChanges").asBoolean());
        assertEquals(2, ok(REST.get(RULES, "vic")).get("rules").size());

        assertError(REST.get(RULES + "/versions", "pete"), 403, "FORBIDDEN"); // the history is the managers', as for gate sets
        JsonNode versions = ok(REST.get(RULES + "/versions?page=0&size=50", "olga"));
        assertEquals(published + 1, versions.get("total").asInt());
        assertEquals(published + 1, versions.get("items").get(0).get("version").asInt());
        assertEquals("Two rules, amber at 14 days", versions.get("items").get(0).get("note").asText());
        JsonNode v1 = ok(REST.get(RULES + "/versions/1", "vic")); // one version: anyone logged in, as for gate sets
        assertEquals(1, v1.get("version").asInt());
        assertEquals(5, v1.get("rules").size());
        assertError(REST.get(RULES + "/versions/999", "olga"), 404, "HEALTH_RULES_VERSION_NOT_FOUND");
        assertError(REST.get(RULES + "/versions/abc", "olga"), 404, "HEALTH_RULES_VERSION_NOT_FOUND");
    }

    @Test
    public void nonManagersCannotChangeHealthRulesAndBadRulesAreNamed() throws Exception {
        int revision = ok(REST.get(RULES, "olga")).get("revision").asInt();
        ObjectNode body = RunningHost.JSON.createObjectNode().put("revision", revision);
        body.putArray("rules").addObject().put("type", "NO_TARGET_DATE").put("color", "AMBER");
        assertError(REST.put(RULES, "pete", body), 403, "FORBIDDEN");
        assertError(REST.post(RULES + "/publish", "pete", RunningHost.JSON.createObjectNode().put("note", "x").put("revision", revision)),
                403, "FORBIDDEN");
        assertError(REST.put(RULES, null, body), 401, "NOT_AUTHENTICATED");
        assertEquals(revision, ok(REST.get(RULES, "olga")).get("revision").asInt());

        ObjectNode bad = RunningHost.JSON.createObjectNode().put("revision", revision);
        ArrayNode rules = bad.putArray("rules");
        rules.addObject().put("type", "MOON_PHASE").put("color", "RED");
        rules.addObject().put("type", "NO_TARGET_DATE").put("color", "BLUE");
        HttpResponse<String> r = REST.put(RULES, "olga", bad);
        assertError(r, 400, "VALIDATION_FAILED");
        assertEquals(List.of("rules[0].type", "rules[1].color"), errorFields(r));
        ObjectNode green = RunningHost.JSON.createObjectNode().put("revision", revision);
        green.putArray("rules").addObject().put("type", "NOT_READY_NEAR_TARGET").put("color", "GREEN").put("days", -1);
        assertEquals(List.of("rules[0].color", "rules[0].days"), errorFields(REST.put(RULES, "olga", green)));
    }

    // ------------------------------------------------------------------ settings

    @Test
    public void everyoneReadsTheSettingsAndOpsManagersChangeThem() throws Exception {
        JsonNode read = ok(REST.get(SETTINGS, "vic"));
        assertFalse(read.get("canEdit").asBoolean());
        assertTrue(read.get("initiativeTypes").size() >= 1);
        assertError(REST.get(SETTINGS, null), 401, "NOT_AUTHENTICATED");
        int revision = ok(REST.get(SETTINGS, "olga")).get("revision").asInt();
        assertTrue(ok(REST.get(SETTINGS, "olga")).get("canEdit").asBoolean());

        ObjectNode body = RunningHost.JSON.createObjectNode().put("targetDateField", "customfield_10102").put("revision", revision);
        body.putArray("initiativeTypes").add("Epic").add("Initiative");
        assertError(REST.put(SETTINGS, "pete", body), 403, "FORBIDDEN");
        JsonNode saved = ok(REST.put(SETTINGS, "olga", body));
        assertEquals(revision + 1, saved.get("revision").asInt());
        assertEquals("customfield_10102", saved.get("targetDateField").asText());
        assertEquals("Epic", ok(REST.get(SETTINGS, "pete")).get("initiativeTypes").get(0).asText());

        assertError(REST.put(SETTINGS, "olga", body), 409, "STALE_REVISION");

        ObjectNode bad = RunningHost.JSON.createObjectNode().put("targetDateField", "customfield_10100").put("revision", revision + 1);
        bad.putArray("initiativeTypes").add("Epic").add(" ");
        HttpResponse<String> r = REST.put(SETTINGS, "olga", bad);
        assertError(r, 400, "VALIDATION_FAILED");
        assertEquals(List.of("initiativeTypes[1]", "targetDateField"), errorFields(r));

        ObjectNode back = RunningHost.JSON.createObjectNode().putNull("targetDateField").put("revision", revision + 1);
        back.putArray("initiativeTypes").add("Initiative").add("Epic");
        assertFalse("null values are omitted", ok(REST.put(SETTINGS, "olga", back)).has("targetDateField"));
        assertFalse(ok(REST.get(SETTINGS, "vic")).has("targetDateField"));
    }
}

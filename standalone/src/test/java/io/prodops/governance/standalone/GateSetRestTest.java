package io.prodops.governance.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.prodops.governance.standalone.RestCalls.Call;
import org.junit.ClassRule;
import org.junit.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;


import static io.prodops.governance.standalone.RestCalls.JSON;
import static io.prodops.governance.standalone.RestCalls.assertError;
import static io.prodops.governance.standalone.RestCalls.errorFields;
import static io.prodops.governance.standalone.RestCalls.expect;
import static io.prodops.governance.standalone.RestCalls.ok;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** {@code /rest/prodops/1.0/gatesets} over real HTTP against the standalone host. */
public class GateSetRestTest {
    @ClassRule
    public static final RunningHost HOST = new RunningHost();
    private static final String BASE = "/rest/prodops/1.0/gatesets";

    private static final RestCalls REST = new RestCalls(HOST);

    // ------------------------------------------------------------------ helpers

    private static HttpResponse<String> send(String method, String path, String user, String contentType, String body) throws Exception {
        return REST.send(method, path, user, contentType, body);
    }

    private static HttpResponse<String> get(String path, String user) throws Exception {
        return REST.get(path, user);
    }

    private static HttpResponse<String> post(String path, String user, Object body) throws Exception {
        return REST.post(path, user, body);
    }

    private static HttpResponse<String> put(String path, String user, Object body) throws Exception {
        return REST.put(path, user, body);
    }

    private static JsonNode draft(String key) throws Exception {
        return ok(get(BASE + "/" + key, "olga"));
    }

    private static int revision(String key) throws Exception {
        return draft(key).get("revision").asInt();
    }

    private static ObjectNode gate(String key, String kind) {
        return RunningHost.JSON.createObjectNode().put("key", key).put("title", "Gate " + key).put("kind", kind).put("required", true);
    }

    /** A valid gate set with one gate of each kind. */
    private static ObjectNode gateSet(String key, String name) {
        ObjectNode s = RunningHost.JSON.createObjectNode().put("key", key).put("name", name).put("description", "About " + name);
        ArrayNode gates = s.putArray("gates");
        gates.add(gate("prd", "PRD_APPROVED"));
        gates.add(gate("complete", "PRD_COMPLETE").set("params", RunningHost.JSON.createObjectNode().put("threshold", 0.8)));
        ObjectNode children = gate("children", "CHILDREN_DONE");
        children.putObject("params").put("minCount", 1).put("noChildren", "FAIL").putArray("ignoreTypes").add("Bug");
        gates.add(children);
        ObjectNode links = gate("blockers", "LINKS_RESOLVED");
        links.putObject("params").putArray("linkTypes").addObject().put("name", "Blocks").put("direction", "INWARD");
        gates.add(links);
        gates.add(gate("due", "FIELD_SET").set("params", RunningHost.JSON.createObjectNode().put("field", "duedate")));
        gates.add(gate("bugs", "JQL_MATCH").set("params", RunningHost.JSON.createObjectNode()
                .put("jql", "parent = {{issue.key}} AND issuetype = Bug").put("maxResults", 0 + 2)));
        gates.add(gate("exp", "EXPERIMENTS_DECIDED").put("required", false));
        gates.add(gate("mkt", "SIGN_OFF").set("params", RunningHost.JSON.createObjectNode().put("group", "marketing")));
        return s;
    }

    private static JsonNode create(String key) throws Exception {
        HttpResponse<String> r = post(BASE, "olga", gateSet(key, "Set " + key));
        assertEquals(r.body(), 201, r.statusCode());
        return RunningHost.json(r);
    }

    private static JsonNode published(String key) throws Exception {
        int revision = create(key).get("revision").asInt();
        return ok(post(BASE + "/" + key + "/publish", "olga", Map.of("note", "first", "revision", revision)));
    }

    private static ObjectNode renamed(JsonNode current, String name) {
        ObjectNode change = current.deepCopy();
        change.put("name", name);
        return change;
    }

    // ------------------------------------------------------------------ built-in set, reads

    @Test
    public void theStandardLaunchSetIsInstalledAndReadableByEveryoneLoggedIn() throws Exception {
        for (String user : List.of("vic", "pete", "olga", "admin")) {
            List<String> keys = new ArrayList<>();
            ok(get(BASE + "?size=200", user)).get("items").forEach(i -> keys.add(i.get("key").asText()));
            assertTrue(user + ": " + keys, keys.contains("STANDARD_LAUNCH"));
        }
        JsonNode standard = ok(get(BASE + "/STANDARD_LAUNCH", "pete"));
        assertEquals(1, standard.get("version").asInt());
        assertEquals("PUBLISHED", standard.get("status").asText());
        assertTrue("readers get no revision", standard.get("revision") == null);
        List<String> gates = new ArrayList<>();
        standard.get("gates").forEach(g -> gates.add(g.get("key").asText() + ":" + g.get("kind").asText() + ":" + g.get("required").asBoolean()));
        assertEquals(List.of("prd-approved:PRD_APPROVED:true", "children-done:CHILDREN_DONE:true", "blockers-resolved:LINKS_RESOLVED:true",
                "due-date-set:FIELD_SET:true", "marketing-signoff:SIGN_OFF:true", "experiments-decided:EXPERIMENTS_DECIDED:false"), gates);
        JsonNode blockers = standard.get("gates").get(2).get("params").get("linkTypes").get(0);
        assertEquals("Blocks", blockers.get("name").asText());
        assertEquals("INWARD", blockers.get("direction").asText());
        assertEquals("FAIL", standard.get("gates").get(1).get("params").get("noChildren").asText());
        assertEquals("marketing", standard.get("gates").get(4).get("params").get("group").asText());
    }

    @Test
    public void parametersLeftOutTakeTheirDefaultsAndComeBackExplicitly() throws Exception {
        ObjectNode s = RunningHost.JSON.createObjectNode().put("key", "DEFAULTS").put("name", "Defaults");
        ArrayNode gates = s.putArray("gates");
        gates.add(gate("complete", "PRD_COMPLETE"));
        gates.add(gate("children", "CHILDREN_DONE"));
        gates.add(gate("links", "LINKS_RESOLVED"));
        JsonNode created = ok(post(BASE, "olga", s));
        assertEquals(1.0, created.get("gates").get(0).get("params").get("threshold").asDouble(), 0);
        assertEquals("FAIL", created.get("gates").get(1).get("params").get("noChildren").asText());
        assertEquals(0, created.get("gates").get(1).get("params").get("minCount").asInt());
        assertEquals("Blocks", created.get("gates").get(2).get("params").get("linkTypes").get(0).get("name").asText());
        assertEquals("DRAFT", created.get("status").asText());
        assertEquals(0, created.get("publishedVersion").asInt());
    }

    // ------------------------------------------------------------------ permission matrix

    @Test
    public void permissionMatrixOfEveryEndpoint() throws Exception {
        published("MATRIX");
        create("MATRIX_DRAFT");
        Function<String, Object> currentDraft = user -> {
            try {
                JsonNode now = draft("MATRIX");
                return renamed(now, "Renamed by " + user).put("revision", now.get("revision").asInt());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        Function<String, Object> currentRevision = user -> {
            try {
                return Map.of("note", "by " + user, "revision", revision("MATRIX"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        Function<String, Object> bindings = user -> {
            try {
                int rev = ok(get(BASE + "/bindings", "olga")).get("revision").asInt();
                return Map.of("revision", rev, "bindings", List.of(Map.of("projectKey", "ATL", "gateset", "MATRIX")));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        List<Call> calls = List.of(
                new Call("list", "GET", BASE, null, expect(401, 200, 200, 200, 200)),
                new Call("create", "POST", BASE, user -> gateSet("MATRIX_" + (user == null ? "ANON" : user.toUpperCase(Locale.ROOT)), "m"),
                        expect(401, 403, 403, 201, 201)),
                new Call("get published", "GET", BASE + "/MATRIX", null, expect(401, 200, 200, 200, 200)),
                new Call("get never published", "GET", BASE + "/MATRIX_DRAFT", null, expect(401, 404, 404, 200, 200)),
                new Call("save draft", "PUT", BASE + "/MATRIX", currentDraft, expect(401, 403, 403, 200, 200)),
                new Call("publish", "POST", BASE + "/MATRIX/publish", user -> {
                    try { // a change first, so that there is something to publish
                        ok(put(BASE + "/MATRIX", "olga", currentDraft.apply("publish-" + user)));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    return currentRevision.apply(user);
                }, expect(401, 403, 403, 200, 200)),
                new Call("retire", "POST", BASE + "/MATRIX/retire", currentRevision, expect(401, 403, 403, 200, 400)),
                new Call("unretire", "POST", BASE + "/MATRIX/unretire", currentRevision, expect(401, 403, 403, 200, 400)),
                new Call("versions", "GET", BASE + "/MATRIX/versions", null, expect(401, 403, 403, 200, 200)),
                new Call("version", "GET", BASE + "/MATRIX/versions/1", null, expect(401, 200, 200, 200, 200)),
                new Call("draft version", "GET", BASE + "/MATRIX_DRAFT/versions/1", null, expect(401, 404, 404, 404, 404)),
                new Call("diff", "GET", BASE + "/MATRIX/diff?from=1&to=draft", null, expect(401, 403, 403, 200, 200)),
                new Call("export", "GET", BASE + "/export?key=MATRIX", null, expect(401, 403, 403, 200, 200)),
                new Call("import", "POST", BASE + "/import", user -> {
                    try {
                        return get(BASE + "/export?key=MATRIX", "olga").body();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }, expect(401, 403, 403, 200, 200)),
                new Call("get bindings", "GET", BASE + "/bindings", null, expect(401, 403, 403, 200, 200)),
                new Call("put bindings", "PUT", BASE + "/bindings", bindings, expect(401, 403, 403, 200, 200)));
        List<String> mismatches = REST.matrix(calls, () -> {
            try {
                return revision("MATRIX");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "gate set");
        assertEquals(String.join("\n", mismatches), List.of(), mismatches);
    }

    @Test
    public void nonManagersAreRefusedBeforeTheirBodyIsRead() throws Exception {
        for (String[] write : new String[][]{{"POST", BASE}, {"PUT", BASE + "/STANDARD_LAUNCH"}, {"POST", BASE + "/STANDARD_LAUNCH/publish"},
                {"POST", BASE + "/STANDARD_LAUNCH/retire"}, {"POST", BASE + "/import"}, {"PUT", BASE + "/bindings"}}) {
            for (String body : new String[]{"{\"broken\": ", "{}"}) {
                assertError(send(write[0], write[1], "pete", JSON, body), 403, "FORBIDDEN");
                assertError(send(write[0], write[1], null, JSON, body), 401, "NOT_AUTHENTICATED");
            }
        }
    }

    // ------------------------------------------------------------------ validation

    @Test
    public void badJqlIs400NamingTheGate() throws Exception {
        ObjectNode s = gateSet("BAD_JQL", "Bad JQL");
        ((ObjectNode) s.get("gates").get(5).get("params")).put("jql", "project = ATL OR project = SEC");
        HttpResponse<String> r = post(BASE, "olga", s);
        assertError(r, 400, "VALIDATION_FAILED");
        assertEquals(List.of("gates[5].params.jql"), errorFields(r));
        String message = RunningHost.json(r).get("errors").get(0).get("message").asText();
        assertTrue(message, message.startsWith("does not parse: ") && message.contains("OR"));
        ((ObjectNode) s.get("gates").get(5).get("params")).put("jql", " ");
        assertEquals(List.of("gates[5].params.jql"), errorFields(post(BASE, "olga", s)));
        assertError(get(BASE + "/BAD_JQL", "olga"), 404, "GATESET_NOT_FOUND");
    }

    @Test
    public void anUnknownFieldIs400() throws Exception {
        ObjectNode s = gateSet("BAD_FIELD", "Bad field");
        ((ObjectNode) s.get("gates").get(4).get("params")).put("field", "customfield_99999");
        HttpResponse<String> r = post(BASE, "olga", s);
        assertError(r, 400, "VALIDATION_FAILED");
        assertEquals(List.of("gates[4].params.field"), errorFields(r));
        ((ObjectNode) s.get("gates").get(4).get("params")).put("field", "customfield_10100"); // a demo custom field of the host
        assertEquals(201, post(BASE, "olga", s).statusCode());
    }

    @Test
    public void everyInvalidFieldIsNamedAtOnce() throws Exception {
        ObjectNode s = gateSet("bad key", "");
        ArrayNode gates = (ArrayNode) s.get("gates");
        ((ObjectNode) gates.get(0)).put("kind", "MAGIC");
        ((ObjectNode) gates.get(1).get("params")).put("threshold", 1.5);
        ((ObjectNode) gates.get(2).get("params")).put("minCount", -1);
        ((ObjectNode) gates.get(5).get("params")).put("maxResults", 5000);
        ((ObjectNode) gates.get(7)).put("key", "prd");
        HttpResponse<String> r = post(BASE, "olga", s);
        assertError(r, 400, "VALIDATION_FAILED");
        assertEquals(List.of("key", "name", "gates[0].kind", "gates[1].params.threshold", "gates[2].params.minCount",
                "gates[5].params.maxResults", "gates[7].key"), errorFields(r));
    }

    @Test
    public void parametersOfTheWrongJsonTypeAreNamed() throws Exception {
        ObjectNode s = gateSet("WRONG_TYPES", "Wrong types");
        ArrayNode gates = (ArrayNode) s.get("gates");
        ((ObjectNode) gates.get(1).get("params")).put("threshold", "all");
        ((ObjectNode) gates.get(2).get("params")).put("noChildren", "MAYBE");
        ((ObjectNode) gates.get(3).get("params").get("linkTypes").get(0)).put("direction", "SIDEWAYS");
        ((ObjectNode) gates.get(5).get("params")).put("maxResults", 2.5);
        ((ObjectNode) gates.get(7)).put("params", "marketing");
        HttpResponse<String> r = post(BASE, "olga", s);
        assertError(r, 400, "VALIDATION_FAILED");
        assertEquals(List.of("gates[1].params.threshold", "gates[2].params.noChildren", "gates[3].params.linkTypes[0].direction",
                "gates[5].params.maxResults", "gates[7].params"), errorFields(r));
        assertEquals(List.of("revision"), errorFields(put(BASE + "/STANDARD_LAUNCH", "olga", gateSet("STANDARD_LAUNCH", "x"))));
    }

    // ------------------------------------------------------------------ concurrency, lifecycle

    @Test
    public void twoOpsManagersPublishingFromTheSameRevisionOneWins() throws Exception {
        JsonNode current = published("RACE");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 1; round <= 3; round++) {
                current = ok(put(BASE + "/RACE", "olga", renamed(current, "Round " + round).put("revision", current.get("revision").asInt())));
                int revision = current.get("revision").asInt();
                CountDownLatch ready = new CountDownLatch(2);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<HttpResponse<String>>> results = new ArrayList<>();
                for (String user : List.of("olga", "admin")) {
                    results.add(pool.submit(() -> {
                        ready.countDown();
                        go.await();
                        return post(BASE + "/RACE/publish", user, Map.of("note", "by " + user, "revision", revision));
                    }));
                }
                assertTrue(ready.await(30, TimeUnit.SECONDS));
                go.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<HttpResponse<String>> f : results) {
                    HttpResponse<String> r = f.get(120, TimeUnit.SECONDS);
                    statuses.add(r.statusCode());
                    if (r.statusCode() == 409) {
                        assertEquals("STALE_REVISION", RunningHost.json(r).get("error").asText());
                        assertEquals(revision + 1, RunningHost.json(r).get("current").get("revision").asInt());
                    }
                }
                assertEquals("round " + round, List.of(200, 409), statuses.stream().sorted().toList());
                current = draft("RACE");
                assertEquals(round + 1, current.get("publishedVersion").asInt());
                assertEquals(round + 1, ok(get(BASE + "/RACE/versions", "olga")).get("total").asInt());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    public void lifecycleDiffAndExportImportRoundTrip() throws Exception {
        JsonNode v1 = published("CYCLE");
        ObjectNode change = renamed(v1, "Cycle 2").put("revision", v1.get("revision").asInt());
        ((ArrayNode) change.get("gates")).remove(0);
        JsonNode saved = ok(put(BASE + "/CYCLE", "olga", change));
        assertTrue(saved.get("unpublishedChanges").asBoolean());
        JsonNode diff = ok(get(BASE + "/CYCLE/diff?from=1&to=draft", "olga"));
        assertEquals("name", diff.get("gateset").get(0).get("field").asText());
        assertEquals("prd", diff.get("removed").get(0).get("key").asText());
        JsonNode published = ok(post(BASE + "/CYCLE/publish", "olga", Map.of("note", "without PRD gate", "revision", saved.get("revision").asInt())));
        assertEquals(2, published.get("publishedVersion").asInt());
        assertEquals("Set CYCLE", ok(get(BASE + "/CYCLE/versions/1", "pete")).get("name").asText());
        assertEquals("without PRD gate", ok(get(BASE + "/CYCLE/versions", "olga")).get("items").get(0).get("note").asText());
        JsonNode retired = ok(post(BASE + "/CYCLE/retire", "olga", Map.of("revision", published.get("revision").asInt())));
        assertEquals("RETIRED", retired.get("status").asText());

        JsonNode export = ok(get(BASE + "/export?key=CYCLE", "olga"));
        assertEquals("prodops-gatesets", export.get("format").asText());
        assertEquals(2, export.get("gatesets").get(0).get("versions").size());
        ObjectNode document = export.deepCopy();
        ((ObjectNode) document.get("gatesets").get(0)).put("key", "CYCLE_COPY");
        JsonNode imported = ok(post(BASE + "/import", "olga", document)).get("imported").get(0);
        assertEquals("CREATED", imported.get("outcome").asText());
        assertEquals("Cycle 2", imported.get("gateset").get("name").asText());
        assertEquals(0, imported.get("gateset").get("publishedVersion").asInt());
        JsonNode again = ok(post(BASE + "/import", "olga", document)).get("imported").get(0);
        assertEquals("NEW_DRAFT_REVISION", again.get("outcome").asText());
    }

    // ------------------------------------------------------------------ bindings

    @Test
    public void bindingsAreReplacedWithTheirRevision() throws Exception {
        published("BOUND");
        JsonNode before = ok(get(BASE + "/bindings", "admin"));
        int revision = before.get("revision").asInt();
        Map<String, Object> body = Map.of("revision", revision, "bindings", List.of(
                Map.of("projectKey", "PHX", "gateset", "BOUND"),
                Map.of("projectId", 10002, "issueTypes", List.of("Initiative"), "gateset", "STANDARD_LAUNCH")));
        JsonNode saved = ok(put(BASE + "/bindings", "olga", body));
        assertEquals(revision + 1, saved.get("revision").asInt());
        assertEquals("PHX", saved.get("bindings").get(0).get("projectKey").asText());
        assertEquals(10000, saved.get("bindings").get(0).get("projectId").asInt());
        assertEquals("NOVA", saved.get("bindings").get(1).get("projectKey").asText());
        assertEquals("Initiative", saved.get("bindings").get(1).get("issueTypes").get(0).asText());
        assertEquals("JIRAUSER10100", saved.get("updatedBy").get("key").asText());

        HttpResponse<String> stale = put(BASE + "/bindings", "admin", body);
        assertError(stale, 409, "STALE_REVISION");
        assertEquals(revision + 1, RunningHost.json(stale).get("current").get("revision").asInt());

        HttpResponse<String> invalid = put(BASE + "/bindings", "olga", Map.of("revision", revision + 1, "bindings", List.of(
                Map.of("projectKey", "NOPE", "gateset", "BOUND"), Map.of("projectKey", "ATL", "gateset", "NOPE"))));
        assertError(invalid, 400, "VALIDATION_FAILED");
        assertEquals(List.of("bindings[0].projectKey", "bindings[1].gateset"), errorFields(invalid));
        assertEquals(List.of("revision"), errorFields(put(BASE + "/bindings", "olga", Map.of("bindings", List.of()))));
        assertEquals(List.of("bindings"), errorFields(put(BASE + "/bindings", "olga", Map.of("revision", revision + 1))));
        assertEquals(revision + 1, ok(get(BASE + "/bindings", "olga")).get("revision").asInt());
    }
}

package io.prodops.governance.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.prodops.governance.standalone.RestCalls.Call;
import org.junit.ClassRule;
import org.junit.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.prodops.governance.standalone.RestCalls.JSON;
import static io.prodops.governance.standalone.RestCalls.assertError;
import static io.prodops.governance.standalone.RestCalls.errorFields;
import static io.prodops.governance.standalone.RestCalls.expect;
import static io.prodops.governance.standalone.RestCalls.ok;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/** {@code /rest/prodops/1.0/templates} over real HTTP against the standalone host. */
public class TemplateRestTest {
    @ClassRule
    public static final RunningHost HOST = new RunningHost();
    private static final String BASE = "/rest/prodops/1.0/templates";

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

    private static ObjectNode section(String key, String title, String kind) {
        ObjectNode s = RunningHost.JSON.createObjectNode().put("key", key).put("title", title).put("kind", kind);
        switch (kind) {
            case "TABLE" -> s.putArray("columns").add("#").add("Title");
            case "PEOPLE" -> s.putArray("roles").add("Owner").add("QA");
            case "CHECKLIST", "METRICS" -> s.putArray("items").add("First");
            default -> {
            }
        }
        return s;
    }

    /** A valid template with one section of each kind. */
    private static ObjectNode template(String key, String name) {
        ObjectNode t = RunningHost.JSON.createObjectNode().put("key", key).put("name", name).put("description", "About " + name);
        ArrayNode sections = t.putArray("sections");
        sections.add(section("goals", "Goals", "RICH_TEXT").put("required", true).put("guidance", "What we want")
                .put("starterContent", "<p>Goals of {{issue.key}}</p>"));
        sections.add(section("reqs", "Requirements", "TABLE"));
        sections.add(section("launch", "Launch", "CHECKLIST"));
        sections.add(section("metrics", "Metrics", "METRICS"));
        sections.add(section("people", "People", "PEOPLE"));
        sections.add(section("release", "Release", "DATE").put("starterContent", "{{today}}"));
        return t;
    }

    private static JsonNode create(String key) throws Exception {
        HttpResponse<String> r = post(BASE, "olga", template(key, "Template " + key));
        assertEquals(r.body(), 201, r.statusCode());
        return RunningHost.json(r);
    }

    /** Creates and publishes version 1. */
    private static JsonNode published(String key) throws Exception {
        int revision = create(key).get("revision").asInt();
        return ok(post(BASE + "/" + key + "/publish", "olga", Map.of("note", "first", "revision", revision)));
    }

    private static ObjectNode renamed(JsonNode current, String name) {
        ObjectNode change = current.deepCopy();
        change.put("name", name);
        return change;
    }

    // ------------------------------------------------------------------ built-in template, reads

    @Test
    public void theStandardPrdIsInstalledOnFirstStartAndOfferedToEveryone() throws Exception {
        for (String user : List.of("vic", "pete", "olga", "admin")) {
            JsonNode list = ok(get(BASE + "?size=200", user));
            List<String> keys = new ArrayList<>();
            list.get("items").forEach(i -> keys.add(i.get("key").asText()));
            assertTrue(user + ": " + keys, keys.contains("STANDARD_PRD"));
            assertTrue(list.has("total") && list.has("page") && list.has("size"));
        }
        JsonNode standard = ok(get(BASE + "/STANDARD_PRD", "pete"));
        assertEquals("Standard PRD", standard.get("name").asText());
        assertEquals("PUBLISHED", standard.get("status").asText());
        assertEquals(1, standard.get("version").asInt());
        assertEquals(1, standard.get("publishedVersion").asInt());
        assertFalse("readers get no revision: they cannot write", standard.has("revision"));
        assertFalse("published by the app, not a user", standard.has("publishedBy"));
        assertEquals(11, standard.get("sections").size());
        JsonNode requirements = standard.get("sections").get(5);
        assertEquals("TABLE", requirements.get("kind").asText());
        assertEquals("[\"#\",\"Title\",\"User story\",\"Importance\",\"Notes\"]", requirements.get("columns").toString());
        assertFalse(requirements.has("items"));
        assertEquals("[\"Owner\",\"Designer\",\"Engineering\",\"QA\"]", standard.get("sections").get(1).get("roles").toString());

        JsonNode forOps = draft("STANDARD_PRD");
        assertTrue(forOps.get("revision").asInt() >= 2);
        assertFalse(forOps.has("version"));
        assertEquals(1, ok(get(BASE + "/STANDARD_PRD/versions", "olga")).get("total").asInt());
    }

    @Test
    public void readersSeeTheNewestPublishedVersionNeverTheDraft() throws Exception {
        JsonNode v1 = published("READER_VIEW");
        ok(put(BASE + "/READER_VIEW", "olga", renamed(v1, "Unpublished draft name").put("revision", v1.get("revision").asInt())));
        create("READER_DRAFT_ONLY");

        JsonNode seen = ok(get(BASE + "/READER_VIEW", "vic"));
        assertEquals("Template READER_VIEW", seen.get("name").asText());
        assertEquals(1, seen.get("version").asInt());
        assertError(get(BASE + "/READER_DRAFT_ONLY", "vic"), 404, "PRD_TEMPLATE_NOT_FOUND");
        JsonNode list = ok(get(BASE + "?size=200", "pete"));
        list.get("items").forEach(i -> {
            assertFalse(i.get("key").asText().equals("READER_DRAFT_ONLY"));
            if (i.get("key").asText().equals("READER_VIEW")) {
                assertEquals("Template READER_VIEW", i.get("name").asText());
            }
        });
        JsonNode ops = draft("READER_VIEW");
        assertEquals("Unpublished draft name", ops.get("name").asText());
        assertTrue(ops.get("unpublishedChanges").asBoolean());
    }

    @Test
    public void exportIsNotCapturedByTheKeyRouteAndMissingThingsAre404() throws Exception {
        JsonNode export = ok(get(BASE + "/export", "olga"));
        assertEquals("prodops-prd-templates", export.get("format").asText());
        assertError(get(BASE + "/EXPORT", "olga"), 404, "PRD_TEMPLATE_NOT_FOUND");
        assertError(get(BASE + "/NOPE", "pete"), 404, "PRD_TEMPLATE_NOT_FOUND");
        assertError(get(BASE + "/NOPE/versions/1", "pete"), 404, "PRD_TEMPLATE_NOT_FOUND");
        assertError(get(BASE + "/STANDARD_PRD/versions/99", "pete"), 404, "PRD_TEMPLATE_VERSION_NOT_FOUND");
        create("DRAFT_ONLY_KEY");
        assertError(get(BASE + "/DRAFT_ONLY_KEY/versions/1", "pete"), 404, "PRD_TEMPLATE_NOT_FOUND"); // drafts are not probed
        assertError(get(BASE + "/STANDARD_PRD/versions/abc", "pete"), 404, "PRD_TEMPLATE_VERSION_NOT_FOUND");
        assertError(get(BASE + "/export?key=NOPE", "olga"), 404, "PRD_TEMPLATE_NOT_FOUND");
        assertError(put(BASE + "/NOPE", "olga", template("NOPE", "x").put("revision", 1)), 404, "PRD_TEMPLATE_NOT_FOUND");
    }

    // ------------------------------------------------------------------ permission matrix

    @Test
    public void permissionMatrixOfEveryEndpoint() throws Exception {
        published("MATRIX");
        create("MATRIX_DRAFT");
        java.util.function.Function<String, Object> currentDraft = user -> {
            try {
                JsonNode now = draft("MATRIX");
                return renamed(now, "Renamed by " + user).put("revision", now.get("revision").asInt());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        java.util.function.Function<String, Object> currentRevision = user -> {
            try {
                return Map.of("note", "by " + user, "revision", revision("MATRIX"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        java.util.function.Function<String, Object> exportDocument = user -> {
            try {
                return get(BASE + "/export?key=MATRIX", "olga").body();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        List<Call> calls = List.of(
                new Call("list", "GET", BASE, null, expect(401, 200, 200, 200, 200)),
                new Call("create", "POST", BASE, user -> template("MATRIX_" + (user == null ? "ANON" : user.toUpperCase(Locale.ROOT)), "m"),
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
                new Call("diff", "GET", BASE + "/MATRIX/diff?from=1&to=draft", null, expect(401, 403, 403, 200, 200)),
                new Call("export all", "GET", BASE + "/export", null, expect(401, 403, 403, 200, 200)),
                new Call("export one", "GET", BASE + "/export?key=MATRIX", null, expect(401, 403, 403, 200, 200)),
                new Call("import", "POST", BASE + "/import", exportDocument, expect(401, 403, 403, 200, 200)));
        List<String> mismatches = REST.matrix(calls, () -> {
            try {
                return revision("MATRIX");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "template");
        assertEquals(String.join("\n", mismatches), List.of(), mismatches);
        // admin's retire/unretire above were 400 because olga's call had already done it; the other way round works too
        int revision = revision("MATRIX");
        assertEquals("RETIRED", ok(post(BASE + "/MATRIX/retire", "admin", Map.of("revision", revision))).get("status").asText());
        assertEquals("PUBLISHED", ok(post(BASE + "/MATRIX/unretire", "admin", Map.of("revision", revision + 1))).get("status").asText());
    }

    @Test
    public void nonManagersAreRefusedBeforeTheirBodyIsRead() throws Exception {
        for (String[] write : new String[][]{{"POST", BASE}, {"PUT", BASE + "/STANDARD_PRD"}, {"POST", BASE + "/STANDARD_PRD/publish"},
                {"POST", BASE + "/STANDARD_PRD/retire"}, {"POST", BASE + "/STANDARD_PRD/unretire"}, {"POST", BASE + "/import"}}) {
            for (String body : new String[]{"{\"broken\": ", "{}"}) {
                assertError(send(write[0], write[1], "pete", JSON, body), 403, "FORBIDDEN");
                assertError(send(write[0], write[1], null, JSON, body), 401, "NOT_AUTHENTICATED");
            }
        }
    }

    // ------------------------------------------------------------------ validation

    @Test
    public void invalidTemplatesAre400NamingEveryField() throws Exception {
        ObjectNode t = template("bad key", "");
        ArrayNode sections = (ArrayNode) t.get("sections");
        ((ObjectNode) sections.get(0)).put("starterContent", "<p>Hello {{issue.Key}}</p>");
        ((ArrayNode) sections.get(1).get("columns")).add(" ");
        ((ObjectNode) sections.get(2)).put("kind", "POEM");
        ((ObjectNode) sections.get(4)).putArray("roles");
        ((ObjectNode) sections.get(5)).put("starterContent", "next tuesday");
        sections.add(section("goals", "Duplicate key", "RICH_TEXT"));
        HttpResponse<String> r = post(BASE, "olga", t);
        assertError(r, 400, "VALIDATION_FAILED");
        assertEquals(List.of("key", "name", "sections[0].starterContent", "sections[1].columns[2]", "sections[2].kind", "sections[2].items",
                "sections[4].roles", "sections[5].starterContent", "sections[6].key"), errorFields(r));
        JsonNode placeholder = RunningHost.json(r).get("errors").get(2);
        assertTrue(placeholder.get("message").asText(), placeholder.get("message").asText().contains("{{issue.Key}}"));
        assertError(get(BASE + "/BAD_KEY", "olga"), 404, "PRD_TEMPLATE_NOT_FOUND");
    }

    @Test
    public void writesNeedTheirRevisionAndWellFormedInput() throws Exception {
        JsonNode v1 = published("NEEDS_REVISION");
        int revision = v1.get("revision").asInt();
        HttpResponse<String> noRevision = put(BASE + "/NEEDS_REVISION", "olga", renamed(v1, "x").without("revision"));
        assertError(noRevision, 400, "VALIDATION_FAILED");
        assertEquals(List.of("revision"), errorFields(noRevision));
        for (String action : List.of("publish", "retire", "unretire")) {
            HttpResponse<String> r = post(BASE + "/NEEDS_REVISION/" + action, "olga", "{}");
            assertError(r, 400, "VALIDATION_FAILED");
            assertEquals(action, List.of("revision"), errorFields(r));
        }
        assertEquals(List.of("note"), errorFields(post(BASE + "/NEEDS_REVISION/publish", "olga", Map.of("revision", revision))));
        assertEquals(List.of("draft"), errorFields(post(BASE + "/NEEDS_REVISION/publish", "olga", Map.of("note", "same", "revision", revision))));
        assertEquals(List.of("key"), errorFields(put(BASE + "/NEEDS_REVISION", "olga", renamed(v1, "x").put("key", "OTHER_KEY"))));
        assertEquals(List.of("body"), errorFields(post(BASE, "olga", "{\"key\": ")));
        assertEquals(List.of("sections[0].required"), errorFields(post(BASE, "olga", "{\"key\":\"T1\",\"sections\":[{\"required\":\"maybe\"}]}")));
        assertEquals(List.of("page", "size"), errorFields(get(BASE + "?page=-1&size=500", "pete")));
        assertEquals(List.of("page"), errorFields(get(BASE + "?page=one", "pete")));
        assertEquals(List.of("size"), errorFields(get(BASE + "?size=0", "pete")));
        assertEquals(List.of("from", "to"), errorFields(get(BASE + "/NEEDS_REVISION/diff", "olga")));
        assertEquals(List.of("from"), errorFields(get(BASE + "/NEEDS_REVISION/diff?from=latest&to=1", "olga")));
        assertEquals(revision, revision("NEEDS_REVISION"));
        for (String type : new String[]{"text/plain", "application/x-www-form-urlencoded", null}) {
            assertEquals(String.valueOf(type), 415, send("POST", BASE, "olga", type, template("FORM_POST", "f").toString()).statusCode());
        }
        assertError(get(BASE + "/FORM_POST", "olga"), 404, "PRD_TEMPLATE_NOT_FOUND");
    }

    // ------------------------------------------------------------------ revisions and concurrency

    @Test
    public void staleRevisionsAre409WithTheCurrentStateAndChangeNothing() throws Exception {
        JsonNode created = create("STALE");
        int revision = created.get("revision").asInt();
        JsonNode saved = ok(put(BASE + "/STALE", "admin", renamed(created, "Admin's name").put("revision", revision)));
        assertEquals(revision + 1, saved.get("revision").asInt());
        assertEquals("admin", saved.get("updatedBy").get("key").asText());

        List<HttpResponse<String>> stale = List.of(
                put(BASE + "/STALE", "olga", renamed(created, "Olga's name").put("revision", revision)),
                post(BASE + "/STALE/publish", "olga", Map.of("note", "n", "revision", revision)),
                post(BASE + "/STALE/retire", "olga", Map.of("revision", revision)),
                post(BASE + "/STALE/unretire", "olga", Map.of("revision", revision)));
        for (HttpResponse<String> r : stale) {
            assertError(r, 409, "STALE_REVISION");
            JsonNode current = RunningHost.json(r).get("current");
            assertNotNull(r.body(), current);
            assertEquals(revision + 1, current.get("revision").asInt());
            assertEquals("admin", current.get("updatedBy").get("key").asText());
            assertEquals("Ada Admin", current.get("updatedBy").get("displayName").asText());
            java.time.Instant.parse(current.get("updatedAt").asText());
        }
        JsonNode now = draft("STALE");
        assertEquals("Admin's name", now.get("name").asText());
        assertEquals("DRAFT", now.get("status").asText());
        assertEquals(revision + 1, now.get("revision").asInt());
    }

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
                        assertEquals(revision + 1, RunningHost.json(r).get("current").get("revision").asInt());
                    }
                }
                assertEquals("round " + round, List.of(200, 409), statuses.stream().sorted().toList());
                current = draft("RACE");
                assertEquals(revision + 1, current.get("revision").asInt());
                assertEquals(round + 1, current.get("publishedVersion").asInt());
                assertEquals(round + 1, ok(get(BASE + "/RACE/versions", "olga")).get("total").asInt());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // ------------------------------------------------------------------ lifecycle, diff

    @Test
    public void lifecycleVersionsAndDiff() throws Exception {
        JsonNode v1 = published("LIFECYCLE");
        assertEquals("PUBLISHED", v1.get("status").asText());
        assertEquals(1, v1.get("publishedVersion").asInt());
        ObjectNode change = renamed(v1, "Lifecycle v2");
        ArrayNode sections = (ArrayNode) change.get("sections");
        ((ObjectNode) sections.get(0)).put("title", "Objectives");
        ((ObjectNode) sections.get(1)).put("required", true);
        sections.remove(5);
        sections.add(section("risks", "Risks", "RICH_TEXT"));
        JsonNode saved = ok(put(BASE + "/LIFECYCLE", "olga", change.put("revision", v1.get("revision").asInt())));
        JsonNode v2 = ok(post(BASE + "/LIFECYCLE/publish", "olga", Map.of("note", "Risks instead of a date", "revision", saved.get("revision").asInt())));
        assertEquals(2, v2.get("publishedVersion").asInt());

        JsonNode versions = ok(get(BASE + "/LIFECYCLE/versions", "olga"));
        assertEquals(2, versions.get("items").get(0).get("version").asInt());
        assertEquals("Risks instead of a date", versions.get("items").get(0).get("note").asText());
        assertEquals("JIRAUSER10100", versions.get("items").get(0).get("publishedBy").get("key").asText());
        assertEquals("Olga Ops", versions.get("items").get(0).get("publishedBy").get("displayName").asText());
        assertEquals("Template LIFECYCLE", ok(get(BASE + "/LIFECYCLE/versions/1", "vic")).get("name").asText());

        JsonNode diff = ok(get(BASE + "/LIFECYCLE/diff?from=1&to=2", "olga"));
        assertEquals(1, diff.get("from").asInt());
        assertEquals(2, diff.get("to").asInt());
        assertEquals("name", diff.get("template").get(0).get("field").asText());
        assertEquals("Template LIFECYCLE", diff.get("template").get(0).get("before").asText());
        assertEquals("Lifecycle v2", diff.get("template").get(0).get("after").asText());
        assertEquals("risks", diff.get("added").get(0).get("key").asText());
        assertEquals("release", diff.get("removed").get(0).get("key").asText());
        assertEquals("DATE", diff.get("removed").get(0).get("kind").asText());
        assertEquals("{\"key\":\"goals\",\"before\":\"Goals\",\"after\":\"Objectives\"}", diff.get("renamed").get(0).toString());
        assertEquals("{\"key\":\"reqs\",\"title\":\"Requirements\",\"fields\":[{\"field\":\"required\",\"before\":false,\"after\":true}]}",
                diff.get("changed").get(0).toString());
        JsonNode none = ok(get(BASE + "/LIFECYCLE/diff?from=2&to=draft", "olga"));
        assertEquals("draft", none.get("to").asText());
        assertEquals(0, none.get("added").size() + none.get("removed").size() + none.get("renamed").size() + none.get("changed").size());

        JsonNode retired = ok(post(BASE + "/LIFECYCLE/retire", "olga", Map.of("revision", v2.get("revision").asInt())));
        assertEquals("RETIRED", retired.get("status").asText());
        JsonNode list = ok(get(BASE + "?size=200", "pete"));
        list.get("items").forEach(i -> assertFalse("retired templates are not offered", i.get("key").asText().equals("LIFECYCLE")));
        assertEquals("RETIRED", ok(get(BASE + "/LIFECYCLE", "pete")).get("status").asText());
        JsonNode back = ok(post(BASE + "/LIFECYCLE/unretire", "olga", Map.of("revision", retired.get("revision").asInt())));
        assertEquals("PUBLISHED", back.get("status").asText());
        assertEquals(retired.get("revision").asInt() + 1, back.get("revision").asInt());
    }

    // ------------------------------------------------------------------ export and import

    @Test
    public void exportImportRoundTripMakesNewDraftsAndKeepsPublishedVersions() throws Exception {
        JsonNode v1 = published("ROUND_TRIP");
        ok(put(BASE + "/ROUND_TRIP", "olga", renamed(v1, "Round trip ✓ 😀 漢字 שלום").put("revision", v1.get("revision").asInt())));
        JsonNode draftBefore = draft("ROUND_TRIP");
        String versionBefore = get(BASE + "/ROUND_TRIP/versions/1", "olga").body();
        JsonNode versionsBefore = ok(get(BASE + "/ROUND_TRIP/versions", "olga"));

        JsonNode all = ok(get(BASE + "/export", "admin"));
        assertEquals(1, all.get("formatVersion").asInt());
        JsonNode exported = null;
        for (JsonNode t : all.get("templates")) {
            if (t.get("key").asText().equals("ROUND_TRIP")) {
                exported = t;
            }
        }
        assertNotNull(exported);
        assertEquals("Round trip ✓ 😀 漢字 שלום", exported.get("name").asText());
        assertEquals(1, exported.get("versions").size());
        assertEquals("Template ROUND_TRIP", exported.get("versions").get(0).get("name").asText());
        assertEquals(all.get("templates").size(), ok(get(BASE + "?size=200", "olga")).get("total").asInt());

        JsonNode one = ok(get(BASE + "/export?key=ROUND_TRIP", "olga"));
        assertEquals(1, one.get("templates").size());
        ObjectNode document = one.deepCopy();
        ObjectNode copy = ((ObjectNode) one.get("templates").get(0)).deepCopy();
        copy.put("key", "ROUND_TRIP_COPY");
        ((ArrayNode) document.get("templates")).add(copy);

        JsonNode result = ok(post(BASE + "/import", "olga", document));
        assertEquals("ROUND_TRIP", result.get("imported").get(0).get("key").asText());
        assertEquals("NEW_DRAFT_REVISION", result.get("imported").get(0).get("outcome").asText());
        assertEquals(draftBefore.get("revision").asInt() + 1, result.get("imported").get(0).get("template").get("revision").asInt());
        assertEquals("CREATED", result.get("imported").get(1).get("outcome").asText());
        assertEquals("DRAFT", result.get("imported").get(1).get("template").get("status").asText());

        JsonNode draftAfter = draft("ROUND_TRIP");
        assertEquals(draftBefore.get("revision").asInt() + 1, draftAfter.get("revision").asInt());
        assertEquals(draftBefore.get("sections"), draftAfter.get("sections"));
        assertEquals(draftBefore.get("name"), draftAfter.get("name"));
        assertEquals("PUBLISHED", draftAfter.get("status").asText());
        assertEquals(versionBefore, get(BASE + "/ROUND_TRIP/versions/1", "olga").body());
        assertEquals(versionsBefore, ok(get(BASE + "/ROUND_TRIP/versions", "olga")));
        assertEquals(draftBefore.get("sections"), draft("ROUND_TRIP_COPY").get("sections"));
        assertEquals(0, draft("ROUND_TRIP_COPY").get("publishedVersion").asInt());
    }

    @Test
    public void importIsValidatedAndAllOrNothing() throws Exception {
        ObjectNode good = template("IMPORT_GOOD", "Good");
        ObjectNode bad = template("IMPORT_BAD", "Bad");
        ((ObjectNode) bad.get("sections").get(3)).put("title", "");
        ObjectNode document = RunningHost.JSON.createObjectNode();
        document.putArray("templates").add(good).add(bad).addNull();
        HttpResponse<String> withNull = post(BASE + "/import", "olga", document);
        assertEquals(List.of("templates[2]"), errorFields(withNull));
        ((ArrayNode) document.get("templates")).remove(2);
        HttpResponse<String> r = post(BASE + "/import", "olga", document);
        assertError(r, 400, "VALIDATION_FAILED");
        assertEquals(List.of("templates[1].sections[3].title"), errorFields(r));
        assertError(get(BASE + "/IMPORT_GOOD", "olga"), 404, "PRD_TEMPLATE_NOT_FOUND");
        assertEquals(List.of("templates"), errorFields(post(BASE + "/import", "olga", "{}")));
    }

    // ------------------------------------------------------------------ XSS

    static final List<String> XSS = List.of(
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "<a href=\"javascript:alert(1)\">click</a>",
            "<a href=\"JaVaScRiPt:alert(1)\">mixed case</a>",
            "<a href=\"&#106;avascript:alert(1)\">entity encoded</a>",
            "<a href=\"java\tscript:alert(1)\">tab</a>",
            "<svg onload=alert(1)><circle r=\"1\"/></svg>",
            "<svg><script>alert(1)</script></svg>",
            "<math><mi xlink:href=\"javascript:alert(1)\">m</mi></math>",
            "<iframe src=\"javascript:alert(1)\"></iframe>",
            "<p style=\"background:url(javascript:alert(1))\" onclick=\"alert(1)\">styled</p>",
            "\"><script>alert(1)</script>",
            "<details open ontoggle=alert(1)>d</details>",
            "<object data=\"javascript:alert(1)\"></object>",
            "<embed src=\"javascript:alert(1)\">",
            "<form action=\"javascript:alert(1)\"><button>go</button></form>",
            "<input autofocus onfocus=alert(1)>",
            "<video><source onerror=alert(1)></video>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">data</a>",
            "<body onload=alert(1)>",
            "<base href=\"javascript:alert(1)//\">",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "<style>*{background:url(javascript:alert(1))}</style>",
            "<!--<img src=x onerror=alert(1)>-->",
            "<scr<script>ipt>alert(1)</scr</script>ipt>");
    private static final List<String> DANGEROUS = List.of("<script", "onerror", "onload", "onclick", "ontoggle", "onfocus", "javascript:",
            "<svg", "<math", "<iframe", "<img", "<object", "<embed", "<form", "<input", "<video", "<source", "<style", "<base", "<meta",
            "<body", "style=", "data:text", "xlink");

    @Test
    public void xssPayloadsAreStoredInertAndPlainTextComesBackAsData() throws Exception {
        ObjectNode t = RunningHost.JSON.createObjectNode().put("key", "XSS").put("name", XSS.get(1)).put("description", String.join("\n", XSS));
        ArrayNode sections = t.putArray("sections");
        for (int i = 0; i < XSS.size(); i++) {
            sections.add(section("x" + i, XSS.get(i), "RICH_TEXT").put("guidance", XSS.get(i)).put("starterContent", "<p>ok " + i + "</p>" + XSS.get(i)));
        }
        ObjectNode table = section("table", "Table", "TABLE");
        ArrayNode columns = table.putArray("columns");
        XSS.subList(0, 20).forEach(columns::add);
        ObjectNode checklist = section("checklist", "Checklist", "CHECKLIST");
        ArrayNode items = checklist.putArray("items");
        XSS.forEach(items::add);
        ObjectNode people = section("people", "People", "PEOPLE");
        ArrayNode roles = people.putArray("roles");
        XSS.subList(0, 20).forEach(roles::add);
        sections.add(table).add(checklist).add(people);

        HttpResponse<String> created = post(BASE, "olga", t);
        assertEquals(created.body(), 201, created.statusCode());
        ok(post(BASE + "/XSS/publish", "olga", Map.of("note", XSS.get(0), "revision", RunningHost.json(created).get("revision").asInt())));

        for (String user : List.of("olga", "pete")) {
            HttpResponse<String> r = get(BASE + "/XSS", user);
            assertEquals(200, r.statusCode());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
            JsonNode stored = RunningHost.json(r);
            assertEquals(XSS.get(1), stored.get("name").asText());
            assertEquals(String.join("\n", XSS), stored.get("description").asText());
            for (int i = 0; i < XSS.size(); i++) {
                JsonNode s = stored.get("sections").get(i);
                assertEquals(XSS.get(i), s.get("title").asText());
                assertEquals(XSS.get(i), s.get("guidance").asText());
                String html = s.get("starterContent").asText();
                assertTrue(html, html.startsWith("<p>ok " + i + "</p>"));
                String lower = html.toLowerCase(Locale.ROOT);
                for (String bad : DANGEROUS) {
                    assertFalse("payload " + i + " left " + bad + " in " + html, lower.contains(bad));
                }
            }
            assertEquals(columns, stored.get("sections").get(XSS.size()).get("columns"));
            assertEquals(items, stored.get("sections").get(XSS.size() + 1).get("items"));
            assertEquals(roles, stored.get("sections").get(XSS.size() + 2).get("roles"));
        }
        assertEquals(XSS.get(0), ok(get(BASE + "/XSS/versions", "olga")).get("items").get(0).get("note").asText());
    }

    @Test
    public void templateInjectionThroughPlaceholdersIsRejected() throws Exception {
        ObjectNode t = template("INJECTION", "Injection");
        ((ObjectNode) t.get("sections").get(0)).put("starterContent", "<p>{{constructor.constructor('alert(1)')()}}</p>");
        ((ObjectNode) t.get("sections").get(0)).put("guidance", "#set($x = 1) ${x} {{7*7}}");
        HttpResponse<String> r = post(BASE, "olga", t);
        assertError(r, 400, "VALIDATION_FAILED");
        assertEquals(List.of("sections[0].guidance", "sections[0].starterContent"), errorFields(r));
        assertTrue(r.body().contains("{{7*7}}"));
    }
}

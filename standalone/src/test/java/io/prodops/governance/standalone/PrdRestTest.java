package io.prodops.governance.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.ClassRule;
import org.junit.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * {@code /rest/prodops/1.0/issues/{key}/prd} over real HTTP against the standalone host, on the built-in Standard PRD.
 * Demo permissions: pete and admin edit PHX and NOVA, vic and olga browse them, nobody but ops managers and admins
 * browses SEC. User keys: olga JIRAUSER10100, pete JIRAUSER10101, vic JIRAUSER10102.
 */
public class PrdRestTest {
    @ClassRule
    public static final RunningHost HOST = new RunningHost();
    private static final String JSON = "application/json";
    private static final String OLGA = "JIRAUSER10100";
    private static final String VIC = "JIRAUSER10102";
    private static final List<String> USERS = Arrays.asList(null, "vic", "pete", "olga", "admin");

    private static String prd(String issueKey) {
        return "/rest/prodops/1.0/issues/" + issueKey + "/prd";
    }

    private static HttpResponse<String> send(String method, String path, String user, String contentType, String body) throws Exception {
        HttpRequest.Builder b = HOST.request(path, user);
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return RunningHost.client().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String user, String body) throws Exception {
        return send("POST", path, user, JSON, body);
    }

    private static HttpResponse<String> put(String path, String user, String body) throws Exception {
        return send("PUT", path, user, JSON, body);
    }

    private static JsonNode ok(HttpResponse<String> r, int status) throws Exception {
        assertEquals(r.body(), status, r.statusCode());
        return RunningHost.json(r);
    }

    private static JsonNode create(String issueKey) throws Exception {
        return ok(post(prd(issueKey), "pete", "{\"templateKey\":\"STANDARD_PRD\"}"), 201);
    }

    private static JsonNode section(JsonNode prd, String key) {
        for (JsonNode s : prd.get("sections")) {
            if (s.get("key").asText().equals(key)) {
                return s;
            }
        }
        throw new AssertionError("no section " + key);
    }

    private static String sectionBody(String contentJson, int revision) {
        return "{\"content\":" + contentJson + ",\"revision\":" + revision + "}";
    }

    private static String text(String s) throws Exception {
        return RunningHost.JSON.writeValueAsString(s);
    }

    @Test
    public void aPrdIsCreatedFromTheStandardTemplateAndReadByViewers() throws Exception {
        JsonNode created = create("PHX-2");
        assertEquals("PHX-2", created.get("issueKey").asText());
        assertEquals("DRAFT", created.get("status").asText());
        assertEquals("STANDARD_PRD", created.get("template").get("key").asText());
        assertEquals(1, created.get("template").get("version").asInt());
        assertEquals(11, created.get("sections").size());
        assertEquals("DATE", section(created, "target-release").get("kind").asText());
        assertEquals("#", section(created, "requirements").get("columns").get(0).asText());
        assertTrue(section(created, "goals").get("guidance").asText().length() > 10);
        assertTrue(created.get("canEdit").asBoolean());

        JsonNode asViewer = ok(HOST.get(prd("PHX-2"), "vic"), 200);
        assertFalse(asViewer.get("canEdit").asBoolean());
        assertEquals(created.get("revision"), asViewer.get("revision"));
        HttpResponse<String> again = post(prd("PHX-2"), "pete", "{\"templateKey\":\"STANDARD_PRD\"}");
        assertEquals(409, again.statusCode());
        assertEquals("PRD_EXISTS", RunningHost.json(again).get("error").asText());
        assertTrue(RunningHost.json(again).has("current"));
        assertEquals("PRD_NOT_FOUND", RunningHost.json(HOST.get(prd("PHX-3"), "vic")).get("error").asText());
        assertEquals("templateKey", RunningHost.json(post(prd("PHX-3"), "pete", "{\"templateKey\":\"NOPE\"}")).get("errors").get(0).get("field").asText());
    }

    @Test
    public void permissionMatrixOfEveryEndpoint() throws Exception {
        create("NOVA-2");
        create("NOVA-3");
        // GET: anonymous 401; everyone who browses NOVA 200
        assertEquals(List.of(401, 200, 200, 200, 200), statuses("GET", prd("NOVA-2"), null));
        assertEquals(List.of(401, 200, 200, 200, 200), statuses("GET", prd("NOVA-2") + "/history", null));
        assertEquals(List.of(401, 400, 400, 400, 400), statuses("GET", prd("NOVA-2") + "/upgrade-preview?version=2", null));
        // create: only editors (pete, admin); the second editor hits the existing PRD
        assertEquals(List.of(401, 403, 201, 403, 409), statuses("POST", prd("NOVA-4"), "{\"templateKey\":\"STANDARD_PRD\"}"));
        // a section: editors only (admin's write is stale after pete's, by design of the matrix)
        assertEquals(List.of(401, 403, 200, 403, 409), statuses("PUT", prd("NOVA-2") + "/sections/goals", sectionBody(text("<p>x</p>"), 1)));
        assertEquals(List.of(401, 403, 400, 403, 400), statuses("POST", prd("NOVA-3") + "/upgrade", "{\"version\":2,\"revision\":1}"));
        // submit to olga (a reviewer who browses NOVA): editors only
        assertEquals(List.of(401, 403, 200, 403, 409), statuses("POST", prd("NOVA-3") + "/submit", "{\"reviewers\":[\"" + OLGA + "\"],\"revision\":1}"));
        // review: the named reviewer only
        assertEquals(List.of(401, 403, 403, 200, 403), statuses("POST", prd("NOVA-3") + "/reviews", "{\"decision\":\"APPROVE\"}"));
        assertEquals("APPROVED", ok(HOST.get(prd("NOVA-3"), "vic"), 200).get("status").asText());
        // an issue vic cannot browse answers like a missing one; anonymous gets 401 on both
        assertEquals("ISSUE_NOT_FOUND", RunningHost.json(HOST.get(prd("SEC-1"), "vic")).get("error").asText());
        assertEquals(404, HOST.get(prd("NOPE-1"), "vic").statusCode());
        assertEquals("ops managers browse SEC (its demo PRD is a draft)", "DRAFT", RunningHost.json(HOST.get(prd("SEC-1"), "olga")).get("status").asText());
    }

    private static List<Integer> statuses(String method, String path, String body) throws Exception {
        List<Integer> codes = new ArrayList<>();
        for (String user : USERS) {
            codes.add("GET".equals(method) ? HOST.get(path, user).statusCode() : send(method, path, user, JSON, body).statusCode());
        }
        return codes;
    }

    @Test
    public void twoPeopleEditingDifferentSectionsAtOnceNeverCollide() throws Exception {
        create("PHX-4");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 1; round <= 10; round++) {
                int revision = round;
                Future<HttpResponse<String>> pete = pool.submit(() -> put(prd("PHX-4") + "/sections/goals", "pete", sectionBody(text("<p>goal " + revision + "</p>"), revision)));
                Future<HttpResponse<String>> admin = pool.submit(() -> put(prd("PHX-4") + "/sections/background", "admin", sectionBody(text("<p>why " + revision + "</p>"), revision)));
                assertEquals(pete.get().body(), 200, pete.get().statusCode());
                assertEquals(admin.get().body(), 200, admin.get().statusCode());
            }
        } finally {
            pool.shutdownNow();
        }
        JsonNode stored = ok(HOST.get(prd("PHX-4"), "vic"), 200);
        assertEquals("<p>goal 10</p>", section(stored, "goals").get("content").asText());
        assertEquals("<p>why 10</p>", section(stored, "background").get("content").asText());
        assertEquals(11, section(stored, "goals").get("revision").asInt());
    }

    @Test
    public void ofTwentyParallelWritersOfOneSectionExactlyOneWinsAndItsContentIsStored() throws Exception {
        create("PHX-5");
        int writers = 20;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<HttpResponse<String>>> results = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String body = sectionBody(text("<p>writer " + i + "</p>"), 1);
                results.add(pool.submit(() -> {
                    go.await();
                    return put(prd("PHX-5") + "/sections/goals", "pete", body);
                }));
            }
            go.countDown();
            String winner = null;
            int conflicts = 0;
            for (Future<HttpResponse<String>> f : results) {
                HttpResponse<String> r = f.get(120, TimeUnit.SECONDS);
                if (r.statusCode() == 200) {
                    assertEquals("one winner", null, winner);
                    winner = section(RunningHost.json(r), "goals").get("content").asText();
                } else {
                    assertEquals(r.body(), 409, r.statusCode());
                    JsonNode current = RunningHost.json(r).get("current");
                    assertEquals(2, current.get("revision").asInt());
                    assertEquals("JIRAUSER10101", current.get("updatedBy").get("key").asText());
                    conflicts++;
                }
            }
            assertEquals(writers - 1, conflicts);
            assertEquals(winner, section(ok(HOST.get(prd("PHX-5"), "vic"), 200), "goals").get("content").asText());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    public void badInputGetsFieldNamedErrorsAndNothingIsWritten() throws Exception {
        create("PHX-6");
        JsonNode missing = RunningHost.json(put(prd("PHX-6") + "/sections/goals", "pete", "{\"content\":\"<p>x</p>\"}"));
        assertEquals("revision", missing.get("errors").get(0).get("field").asText());
        JsonNode wrongShape = RunningHost.json(put(prd("PHX-6") + "/sections/requirements", "pete", sectionBody("\"not rows\"", 1)));
        assertEquals("content", wrongShape.get("errors").get(0).get("field").asText());
        JsonNode cells = RunningHost.json(put(prd("PHX-6") + "/sections/requirements", "pete", sectionBody("[[\"1\",\"too few\"]]", 1)));
        assertEquals(1, cells.get("errors").get(0).get("row").asInt());
        JsonNode date = RunningHost.json(put(prd("PHX-6") + "/sections/target-release", "pete", sectionBody("\"soon\"", 1)));
        assertEquals("content", date.get("errors").get(0).get("field").asText());
        JsonNode reviewers = RunningHost.json(post(prd("PHX-6") + "/submit", "pete", "{\"reviewers\":[\"nobody\"],\"revision\":1}"));
        assertEquals("reviewers[0]", reviewers.get("errors").get(0).get("field").asText());
        JsonNode decision = RunningHost.json(post(prd("PHX-6") + "/reviews", "pete", "{\"decision\":\"MAYBE\"}"));
        assertEquals("decision", decision.get("errors").get(0).get("field").asText());
        assertEquals("page", RunningHost.json(HOST.get(prd("PHX-6") + "/history?page=x", "vic")).get("errors").get(0).get("field").asText());
        HttpResponse<String> huge = put(prd("PHX-6") + "/sections/goals", "pete", sectionBody(text("<p>" + "x".repeat(70_000) + "</p>"), 1));
        assertEquals(413, huge.statusCode());
        assertEquals(415, send("PUT", prd("PHX-6") + "/sections/goals", "pete", "text/plain", sectionBody(text("<p>x</p>"), 1)).statusCode());
        JsonNode stale = RunningHost.json(put(prd("PHX-6") + "/sections/goals", "pete", sectionBody(text("<p>x</p>"), 7)));
        assertEquals("STALE_REVISION", stale.get("error").asText());
        assertEquals(1, stale.get("current").get("revision").asInt());
        assertEquals(1, section(ok(HOST.get(prd("PHX-6"), "vic"), 200), "goals").get("revision").asInt());
    }

    @Test
    public void whoMayCallIsCheckedBeforeWhatTheySent() throws Exception {
        String broken = "{\"content\":";
        assertEquals(401, put(prd("PHX-8") + "/sections/goals", null, broken).statusCode());
        assertEquals(403, put(prd("PHX-8") + "/sections/goals", "vic", broken).statusCode());
        assertEquals(404, put(prd("SEC-2") + "/sections/goals", "vic", broken).statusCode());
        assertEquals(403, post(prd("PHX-8"), "vic", "not json").statusCode());
        assertEquals(400, post(prd("PHX-8"), "pete", "not json").statusCode());
    }

    @Test
    public void oversizedBodiesAreRefusedBeforeAnyResourceReadsThem() throws Exception {
        String big = sectionBody(text("x".repeat(600 * 1024)), 1);
        HttpResponse<String> declared = put(prd("PHX-7") + "/sections/goals", "pete", big);
        assertEquals(413, declared.statusCode());
        assertEquals("PAYLOAD_TOO_LARGE", RunningHost.json(declared).get("error").asText());
        HttpRequest chunked = HOST.request(prd("PHX-7") + "/sections/goals", "pete").header("Content-Type", JSON)
                .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .build();
        HttpResponse<String> streamed = RunningHost.client().send(chunked, HttpResponse.BodyHandlers.ofString());
        assertEquals(streamed.body(), 413, streamed.statusCode());
        int template = post("/rest/prodops/1.0/templates/import", "olga", "{\"templates\":[],\"pad\":\"" + "y".repeat(600 * 1024) + "\"}").statusCode();
        assertTrue("template imports may be larger than 512 KB: " + template, template != 413 && template < 500);
    }

    @Test
    public void reviewFlowToApprovedWithHistoryAndScriptsStoredInert() throws Exception {
        JsonNode prd = create("NOVA-5");
        String xss = "<p>ok</p><script>window.__xss=1</script><img src=x onerror=alert(1)><a href=\"javascript:alert(1)\">x</a>";
        JsonNode goals = section(ok(put(prd("NOVA-5") + "/sections/goals", "pete", sectionBody(text(xss), 1)), 200), "goals");
        assertFalse(goals.get("content").asText(), goals.get("content").asText().matches("(?is).*(<script|onerror|javascript:).*"));
        JsonNode cell = ok(put(prd("NOVA-5") + "/sections/requirements", "pete",
                sectionBody("[[\"1\"," + text("<script>alert(1)</script>") + ",\"\",\"Must\",\"\"]]", 1)), 200);
        assertEquals("plain text stays data", "<script>alert(1)</script>", section(cell, "requirements").get("content").get(0).get(1).asText());

        int revision = prd.get("revision").asInt();
        JsonNode submitted = ok(post(prd("NOVA-5") + "/submit", "pete", "{\"reviewers\":[\"" + OLGA + "\",\"" + VIC + "\"],\"revision\":" + revision + "}"), 200);
        assertEquals("IN_REVIEW", submitted.get("status").asText());
        assertTrue(ok(HOST.get(prd("NOVA-5"), "olga"), 200).get("canReview").asBoolean());
        assertEquals("IN_REVIEW", ok(post(prd("NOVA-5") + "/reviews", "olga", "{\"decision\":\"APPROVE\",\"comment\":\"Good\"}"), 200).get("status").asText());
        JsonNode approved = ok(post(prd("NOVA-5") + "/reviews", "vic", "{\"decision\":\"APPROVE\"}"), 200);
        assertEquals("APPROVED", approved.get("status").asText());
        for (JsonNode r : approved.get("reviewers")) {
            assertEquals("APPROVE", r.get("decision").asText());
        }
        JsonNode history = ok(HOST.get(prd("NOVA-5") + "/history?size=50", "vic"), 200);
        List<String> actions = new ArrayList<>();
        history.get("items").forEach(i -> actions.add(i.get("action").asText()));
        assertTrue(actions.toString(), actions.containsAll(List.of("PRD_CREATED", "SUBMITTED", "REVIEW_APPROVED", "PRD_APPROVED", "SECTION_EDITED:goals")));
        assertEquals(history.get("total").asInt(), history.get("items").size());
        assertTrue(history.get("items").get(0).get("user").has("displayName"));
    }
}

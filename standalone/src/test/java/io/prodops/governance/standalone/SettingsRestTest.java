package io.prodops.governance.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.ClassRule;
import org.junit.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/** {@code /rest/prodops/1.0/settings} over real HTTP against the standalone host. */
public class SettingsRestTest {
    @ClassRule
    public static final RunningHost HOST = new RunningHost();
    private static final String SETTINGS = "/rest/prodops/1.0/settings";

    private static JsonNode current() throws Exception {
        HttpResponse<String> r = HOST.get(SETTINGS, "admin");
        assertEquals(r.body(), 200, r.statusCode());
        return RunningHost.json(r);
    }

    private static String body(String opsGroup, Integer revision) throws Exception {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("opsGroup", opsGroup);
        if (revision != null) {
            body.put("revision", revision);
        }
        return RunningHost.JSON.writeValueAsString(body);
    }

    @Test
    public void onlyAdminsReadTheSettings() throws Exception {
        assertEquals(401, HOST.get(SETTINGS, null).statusCode());
        for (String user : List.of("vic", "pete", "olga")) {
            HttpResponse<String> r = HOST.get(SETTINGS, user);
            assertEquals(user, 403, r.statusCode());
            assertEquals("FORBIDDEN", RunningHost.json(r).get("error").asText());
        }
        HttpResponse<String> admin = HOST.get(SETTINGS, "admin");
        assertEquals(200, admin.statusCode());
        assertTrue(admin.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(RunningHost.json(admin).has("opsGroup"));
        assertTrue(RunningHost.json(admin).has("revision"));
    }

    @Test
    public void onlyAdminsChangeTheSettings() throws Exception {
        JsonNode before = current();
        String change = body("prodops-leads", before.get("revision").asInt());
        HttpResponse<String> anonymous = HOST.put(SETTINGS, null, "application/json", change);
        assertEquals(401, anonymous.statusCode());
        assertEquals("NOT_AUTHENTICATED", RunningHost.json(anonymous).get("error").asText());
        for (String user : List.of("vic", "pete", "olga")) {
            assertEquals(user, 403, HOST.put(SETTINGS, user, "application/json", change).statusCode());
        }
        assertEquals(before, current());
        HttpResponse<String> admin = HOST.put(SETTINGS, "admin", "application/json", change);
        assertEquals(admin.body(), 200, admin.statusCode());
        JsonNode saved = RunningHost.json(admin);
        assertEquals("prodops-leads", saved.get("opsGroup").asText());
        assertEquals(before.get("revision").asInt() + 1, saved.get("revision").asInt());
        assertEquals("admin", saved.get("updatedBy").get("key").asText());
        assertEquals("Ada Admin", saved.get("updatedBy").get("displayName").asText());
    }

    @Test
    public void invalidGroupIsA400NamingTheField() throws Exception {
        int revision = current().get("revision").asInt();
        for (String bad : new String[]{"", "   ", " padded ", "tab\tgroup"}) {
            HttpResponse<String> r = HOST.put(SETTINGS, "admin", "application/json", body(bad, revision));
            assertEquals(bad, 400, r.statusCode());
            JsonNode error = RunningHost.json(r);
            assertEquals("VALIDATION_FAILED", error.get("error").asText());
            assertEquals("opsGroup", error.get("errors").get(0).get("field").asText());
        }
        assertEquals(revision, current().get("revision").asInt());
    }

    @Test
    public void missingRevisionIsA400NamingTheField() throws Exception {
        HttpResponse<String> r = HOST.put(SETTINGS, "admin", "application/json", body("prodops-managers", null));
        assertEquals(400, r.statusCode());
        assertEquals("revision", RunningHost.json(r).get("errors").get(0).get("field").asText());
    }

    @Test
    public void brokenJsonIsA400() throws Exception {
        HttpResponse<String> r = HOST.put(SETTINGS, "admin", "application/json", "{\"opsGroup\": ");
        assertEquals(400, r.statusCode());
        assertEquals("body", RunningHost.json(r).get("errors").get(0).get("field").asText());
    }

    @Test
    public void staleRevisionIsA409WithTheCurrentState() throws Exception {
        JsonNode before = current();
        int revision = before.get("revision").asInt();
        assertEquals(200, HOST.put(SETTINGS, "admin", "application/json", body("group-a", revision)).statusCode());
        HttpResponse<String> stale = HOST.put(SETTINGS, "admin", "application/json", body("group-b", revision));
        assertEquals(409, stale.statusCode());
        JsonNode error = RunningHost.json(stale);
        assertEquals("STALE_REVISION", error.get("error").asText());
        JsonNode now = error.get("current");
        assertNotNull("409 carries current: " + error, now);
        assertEquals(revision + 1, now.get("revision").asInt());
        assertEquals("admin", now.get("updatedBy").get("key").asText());
        assertEquals("Ada Admin", now.get("updatedBy").get("displayName").asText());
        assertFalse(now.get("updatedAt").asText().isBlank());
        java.time.Instant.parse(now.get("updatedAt").asText());
        assertEquals("group-a", current().get("opsGroup").asText());
    }

    @Test
    public void ofTwentyParallelWritersOfOneRevisionExactlyOneWins() throws Exception {
        int revision = current().get("revision").asInt();
        int writers = 20;
        CountDownLatch ready = new CountDownLatch(writers);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<HttpResponse<String>>> results = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String group = "parallel-group-" + i;
                Callable<HttpResponse<String>> write = () -> {
                    ready.countDown();
                    go.await();
                    return HOST.put(SETTINGS, "admin", "application/json", body(group, revision));
                };
                results.add(pool.submit(write));
            }
            assertTrue(ready.await(30, TimeUnit.SECONDS));
            go.countDown();
            int ok = 0;
            int conflicts = 0;
            String winner = null;
            for (Future<HttpResponse<String>> f : results) {
                HttpResponse<String> r = f.get(120, TimeUnit.SECONDS);
                if (r.statusCode() == 200) {
                    ok++;
                    winner = RunningHost.json(r).get("opsGroup").asText();
                } else {
                    assertEquals(r.body(), 409, r.statusCode());
                    assertEquals(revision + 1, RunningHost.json(r).get("current").get("revision").asInt());
                    conflicts++;
                }
            }
            assertEquals(1, ok);
            assertEquals(writers - 1, conflicts);
            JsonNode stored = current();
            assertEquals(winner, stored.get("opsGroup").asText());
            assertEquals(revision + 1, stored.get("revision").asInt());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    public void writesThatAFormCouldSendAreRefusedWith415() throws Exception {
        JsonNode before = current();
        String change = body("xsrf-group", before.get("revision").asInt());
        for (String type : new String[]{"text/plain", "text/plain;charset=UTF-8", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=xyz", null}) {
            HttpResponse<String> r = HOST.put(SETTINGS, "admin", type, change);
            assertEquals(String.valueOf(type), 415, r.statusCode());
        }
        assertEquals(before, current());
    }

    @Test
    public void wrongBasicCredentialsAre401() throws Exception {
        HttpResponse<String> r = RunningHost.client().send(HOST.request(SETTINGS, null)
                .header("Authorization", RunningHost.basic("admin", "not-the-password")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, r.statusCode());
        assertEquals("NOT_AUTHENTICATED", RunningHost.json(r).get("error").asText());
    }
}

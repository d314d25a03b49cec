package io.prodops.governance.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.ClassRule;
import org.junit.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * {@code /rest/prodops/1.0/issues/{key}/experiment} and {@code /experiments/plan} over real HTTP against the standalone
 * host with its demo experiments. Demo permissions: pete and admin edit PHX and NOVA, vic and olga browse them; SEC is
 * for ops managers and admins only. NOVA-13 is the demo's free Experiment issue.
 */
public class ExperimentRestTest {
    @ClassRule
    public static final RunningHost HOST = new RunningHost();
    private static final String JSON = "application/json";
    private static final String CSV = "text/csv";
    private static final List<String> USERS = Arrays.asList(null, "vic", "pete", "olga", "admin");

    private static final String DESIGN = """
            {"hypothesis": {"weBelieve": "a shorter form", "willResultIn": "more sign-ups", "measuredBy": "sign-up conversion"},
             "primaryMetric": {"name": "Sign-ups", "type": "CONVERSION", "direction": "INCREASE"},
             "guardrails": [{"name": "Latency", "type": "CONTINUOUS", "direction": "DECREASE", "margin": 0.05}],
             "variants": [{"name": "Control", "allocation": 50, "control": true}, {"name": "Short", "allocation": 50, "control": false}],
             "baselineRate": 0.2, "mde": 0.1, "dailyUsers": 2000, "plannedStart": "2026-12-01"}""";

    private static String experiment(String issueKey) {
        return "/rest/prodops/1.0/issues/" + issueKey + "/experiment";
    }

    private static HttpResponse<String> send(String method, String path, String user, String contentType, String body) throws Exception {
        HttpRequest.Builder b = HOST.request(path, user);
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return RunningHost.client().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode ok(HttpResponse<String> r, int status) throws Exception {
        assertEquals(r.body(), status, r.statusCode());
        return RunningHost.json(r);
    }

    private static JsonNode get(String path, String user) throws Exception {
        return ok(HOST.get(path, user), 200);
    }

    private static Set<String> fields(JsonNode error) {
        return StreamSupport.stream(error.get("errors").spliterator(), false).map(e -> e.get("field").asText()).collect(Collectors.toSet());
    }

    @Test
    public void theDemoHasExperimentsInEveryStatus() throws Exception {
        assertEquals("RUNNING", get(experiment("PHX-12"), "vic").get("status").asText());
        assertEquals("DESIGN", get(experiment("PHX-13"), "vic").get("status").asText());
        assertEquals("ANALYSIS", get(experiment("NOVA-12"), "vic").get("status").asText());
        JsonNode shipped = get(experiment("ATL-12"), "vic");
        assertEquals("DECIDED", shipped.get("status").asText());
        assertEquals("SHIP", shipped.get("decision").asText());
        assertEquals("admin", shipped.get("decidedBy").get("key").asText());
        assertEquals("KILL", get(experiment("SEC-13"), "olga").get("decision").asText());
        assertEquals("ABANDONED", get(experiment("SEC-12"), "olga").get("status").asText());

        JsonNode srm = get(experiment("PHX-12") + "/analysis", "vic");
        assertTrue(srm.get("srm").get("detected").asBoolean());
        JsonNode winner = get(experiment("ATL-12") + "/analysis", "vic").get("variants").get(1);
        assertEquals("Adaptive limits", winner.get("name").asText());
        assertTrue(winner.get("significant").asBoolean());
        assertFalse(winner.get("interim").asBoolean());
        assertTrue(winner.get("ci").get("low").asDouble() > 0);
        assertTrue(winner.get("lift").get("relative").asDouble() > 0.1);
        assertTrue(winner.get("probabilityToBeatControl").asDouble() > 0.99);
        JsonNode inconclusive = get(experiment("NOVA-12") + "/analysis", "vic");
        assertFalse(inconclusive.get("interim").asBoolean());
        assertFalse(inconclusive.get("variants").get(1).get("significant").asBoolean());
        assertEquals(2, get(experiment("ATL-12") + "/results/history", "vic").get("total").asInt());
        assertTrue(get(experiment("ATL-13") + "/analysis", "vic").get("interim").asBoolean());
    }

    @Test
    public void permissionMatrixOfEveryEndpoint() throws Exception {
        String base = experiment("NOVA-13");
        assertEquals(List.of(401, 404, 404, 404, 404), statuses("GET", base, null, null));
        assertEquals("EXPERIMENT_NOT_FOUND", RunningHost.json(HOST.get(base, "vic")).get("error").asText());
        // create: editors only; the second editor meets the existing experiment
        assertEquals(List.of(401, 403, 201, 403, 409), statuses("POST", base, JSON, DESIGN));
        assertEquals(List.of(401, 200, 200, 200, 200), statuses("GET", base, null, null));
        assertEquals(List.of(401, 200, 200, 200, 200), statuses("GET", base + "/analysis", null, null));
        assertEquals(List.of(401, 200, 200, 200, 200), statuses("GET", base + "/results/history", null, null));
        assertEquals(List.of(401, 403, 200, 403, 409), statuses("PUT", base, JSON, DESIGN.replace("\"mde\": 0.1", "\"mde\": 0.2, \"revision\": 1")));
        assertEquals(List.of(401, 403, 200, 403, 409), statuses("POST", base + "/status", JSON, "{\"status\": \"RUNNING\"}"));
        assertEquals(List.of(401, 403, 201, 403, 201), statuses("POST", base + "/results", JSON,
                "{\"variants\": [{\"name\": \"Control\", \"users\": 100, \"conversions\": 20}, {\"name\": \"Short\", \"users\": 100, \"conversions\": 25}]}"));
        assertEquals(List.of(401, 403, 201, 403, 201), statuses("POST", base + "/results/csv", CSV, "variant,users,conversions\nControl,200,40\nShort,210,50\n"));
        assertEquals(List.of(401, 403, 200, 403, 409), statuses("POST", base + "/decision", JSON, "{\"decision\": \"ITERATE\", \"rationale\": \"Too early to say.\"}"));
        assertEquals(List.of(401, 200, 200, 200, 200), statuses("POST", "/rest/prodops/1.0/experiments/plan", JSON,
                "{\"metricType\": \"CONVERSION\", \"baselineRate\": 0.1, \"direction\": \"INCREASE\", \"variantCount\": 2, \"dailyUsers\": 1000}"));
        // who may call comes before what they sent
        assertEquals(List.of(401, 403, 400, 403, 400), statuses("POST", experiment("NOVA-2") + "/results", JSON, "not json"));
        assertEquals(List.of(401, 403, 400, 403, 400), statuses("POST", experiment("NOVA-2"), JSON, "{\"variants\": 5}"));
        // SEC is invisible to vic and pete: a hidden issue answers like a missing one
        assertEquals(List.of(401, 404, 404, 200, 200), statuses("GET", experiment("SEC-13"), null, null));
        assertEquals("ISSUE_NOT_FOUND", RunningHost.json(HOST.get(experiment("SEC-13"), "pete")).get("error").asText());

        JsonNode decided = get(base, "vic");
        assertEquals("ITERATE", decided.get("decision").asText());
        assertEquals(4, decided.get("revision").asInt());
        assertFalse(decided.get("canEdit").asBoolean());
        assertEquals(List.of(), toList(decided.get("allowedStatuses")));
        JsonNode history = get(base + "/results/history", "vic");
        assertEquals(4, history.get("total").asInt());
        assertEquals("CSV", history.get("items").get(0).get("source").asText());
        assertEquals("JIRAUSER10101", history.get("items").get(3).get("submittedBy").get("key").asText());
    }

    @Test
    public void validationErrorsNameTheirFields() throws Exception {
        String bad = DESIGN.replace("\"allocation\": 50, \"control\": false", "\"allocation\": 45.5, \"control\": true")
                .replace("\"baselineRate\": 0.2", "\"baselineRate\": 1.2").replace("\"type\": \"CONVERSION\"", "\"type\": \"RATIO\"")
                .replace("\"margin\": 0.05", "\"margin\": -1");
        JsonNode error = ok(send("POST", experiment("NOVA-4"), "pete", JSON, bad), 400);
        assertEquals("VALIDATION_FAILED", error.get("error").asText());
        assertTrue(error.toString(), fields(error).containsAll(Set.of("variants[1].allocation", "variants", "primaryMetric.type", "guardrails[0].margin")));
        JsonNode wrongType = ok(send("POST", experiment("NOVA-4"), "pete", JSON, DESIGN.replace("\"dailyUsers\": 2000", "\"dailyUsers\": \"many\"")), 400);
        assertEquals(Set.of("dailyUsers"), fields(wrongType));

        ok(send("POST", experiment("NOVA-4"), "pete", JSON, DESIGN), 201);
        ok(send("POST", experiment("NOVA-4") + "/status", "pete", JSON, "{\"status\": \"RUNNING\"}"), 200);
        JsonNode results = ok(send("POST", experiment("NOVA-4") + "/results", "pete", JSON,
                "{\"variants\": [{\"name\": \"Control\", \"users\": 10.5, \"conversions\": 2}, {\"name\": \"Shrt\", \"users\": 5, \"conversions\": 6}]}"), 400);
        assertEquals(Set.of("variants[0].users", "variants[1].name", "variants[1].conversions", "variants"), fields(results));
        JsonNode locked = ok(send("PUT", experiment("NOVA-4"), "pete", JSON, DESIGN.replace("\"mde\": 0.1", "\"mde\": 0.2, \"revision\": 2")), 400);
        assertEquals(Set.of("mde"), fields(locked));
        assertEquals(Set.of("status"), fields(ok(send("POST", experiment("NOVA-4") + "/status", "pete", JSON, "{\"status\": \"DECIDED\"}"), 400)));
        assertEquals("INVALID_STATUS_CHANGE", ok(send("POST", experiment("NOVA-4") + "/status", "pete", JSON, "{\"status\": \"DESIGN\"}"), 409)
                .get("error").asText());
        JsonNode plan = ok(send("POST", "/rest/prodops/1.0/experiments/plan", "vic", JSON,
                "{\"metricType\": \"CONVERSION\", \"baselineRate\": 0, \"direction\": \"SIDEWAYS\", \"variantCount\": 2, \"dailyUsers\": 1000}"), 400);
        assertTrue(plan.toString(), fields(plan).containsAll(Set.of("baselineRate", "direction")));
    }

    @Test
    public void csvWithBadRowsIsRefusedListingEveryRowAndColumn() throws Exception {
        ok(send("POST", experiment("PHX-5"), "pete", JSON, DESIGN), 201);
        ok(send("POST", experiment("PHX-5") + "/status", "pete", JSON, "{\"status\": \"RUNNING\"}"), 200);
        JsonNode error = ok(send("POST", experiment("PHX-5") + "/results/csv", "pete", CSV,
                "variant,users,conversions\nControl,abc,5\nShort,100,101\nGhost,1,1\n"), 400);
        List<String> cells = new ArrayList<>();
        for (JsonNode e : error.get("errors")) {
            cells.add(e.get("row").asInt() + ":" + e.get("column").asInt() + ":" + e.get("field").asText());
        }
        assertEquals(List.of("2:2:users", "3:3:conversions", "4:1:variant"), cells);
        assertEquals(0, get(experiment("PHX-5") + "/results/history", "pete").get("total").asInt());
        assertEquals("CSV goes as text/csv only", 415, send("POST", experiment("PHX-5") + "/results/csv", "pete", "text/plain",
                "variant,users,conversions\nControl,1,1\nShort,1,1\n").statusCode());
        JsonNode snapshot = ok(send("POST", experiment("PHX-5") + "/results/csv", "pete", CSV + "; charset=utf-8",
                "variant,users,conversions\r\nShort,100,30\r\nControl,100,20\r\n"), 201);
        assertEquals(1, snapshot.get("number").asInt());
        assertEquals("Control", snapshot.get("variants").get(0).get("name").asText());
        assertEquals(30, snapshot.get("variants").get(1).get("conversions").asInt());
    }

    @Test
    public void aStaleRevisionIsA409WithTheCurrentOne() throws Exception {
        JsonNode created = ok(send("POST", experiment("PHX-6"), "pete", JSON, DESIGN), 201);
        assertEquals(1, created.get("revision").asInt());
        assertTrue(created.get("plan").get("perVariant").asLong() > 1000);
        ok(send("PUT", experiment("PHX-6"), "pete", JSON, DESIGN.replace("\"mde\": 0.1", "\"mde\": 0.2, \"revision\": 1")), 200);
        JsonNode stale = ok(send("PUT", experiment("PHX-6"), "admin", JSON, DESIGN.replace("\"mde\": 0.1", "\"mde\": 0.3, \"revision\": 1")), 409);
        assertEquals("STALE_REVISION", stale.get("error").asText());
        assertEquals(2, stale.get("current").get("revision").asInt());
        assertEquals("JIRAUSER10101", stale.get("current").get("updatedBy").get("key").asText());
        assertEquals(0.2, get(experiment("PHX-6"), "vic").get("mde").asDouble(), 0);
        assertEquals(Set.of("revision"), fields(ok(send("PUT", experiment("PHX-6"), "pete", JSON, DESIGN), 400)));
    }

    @Test
    public void shippingWithASampleRatioMismatchNeedsAnAcknowledgement() throws Exception {
        String decision = experiment("PHX-12") + "/decision";
        JsonNode refused = ok(send("POST", decision, "pete", JSON, "{\"decision\": \"SHIP\", \"rationale\": \"Conversion is up.\"}"), 400);
        assertEquals(Set.of("acknowledgeSrm"), fields(refused));
        assertEquals(Set.of("srmReason"), fields(ok(send("POST", decision, "pete", JSON,
                "{\"decision\": \"SHIP\", \"rationale\": \"Conversion is up.\", \"acknowledgeSrm\": true}"), 400)));
        assertEquals(Set.of("rationale"), fields(ok(send("POST", decision, "pete", JSON, "{\"decision\": \"KILL\"}"), 400)));
        assertEquals("RUNNING", get(experiment("PHX-12"), "vic").get("status").asText());
        JsonNode shipped = ok(send("POST", decision, "pete", JSON,
                "{\"decision\": \"SHIP\", \"rationale\": \"Conversion is up.\", \"acknowledgeSrm\": \"Assignment bug fixed on day 3; later days are balanced.\"}"), 200);
        assertEquals("DECIDED", shipped.get("status").asText());
        assertEquals("Assignment bug fixed on day 3; later days are balanced.", shipped.get("srmAcknowledgement").asText());
    }

    @Test
    public void thePlannerIsAPureCalculation() throws Exception {
        JsonNode plan = ok(send("POST", "/rest/prodops/1.0/experiments/plan", "vic", JSON,
                "{\"metricType\": \"CONVERSION\", \"baselineRate\": 0.1, \"mde\": 0.1, \"direction\": \"INCREASE\", \"alpha\": 0.05, \"power\": 0.8,"
                        + " \"variantCount\": 2, \"dailyUsers\": 1000, \"days\": 14}"), 200);
        // R: power.prop.test(p1 = 0.10, p2 = 0.11, sig.level = 0.05, power = 0.8) gives n = 14750.79 per group
        assertEquals(14751, plan.get("perVariant").asLong());
        assertEquals(29502, plan.get("total").asLong());
        assertEquals(30, plan.get("days").asLong());
        assertTrue(plan.get("detectableEffect").asDouble() > 0.1);
        JsonNode unequal = ok(send("POST", "/rest/prodops/1.0/experiments/plan", "vic", JSON,
                "{\"metricType\": \"CONTINUOUS\", \"baselineMean\": 50, \"baselineSd\": 20, \"direction\": \"DECREASE\","
                        + " \"allocations\": [80, 20], \"dailyUsers\": 500}"), 200);
        assertTrue(unequal.get("days").asLong() > 0);
    }

    private static List<String> toList(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<Integer> statuses(String method, String path, String contentType, String body) throws Exception {
        List<Integer> codes = new ArrayList<>();
        for (String user : USERS) {
            codes.add("GET".equals(method) ? HOST.get(path, user).statusCode() : send(method, path, user, contentType, body).statusCode());
        }
        return codes;
    }
}

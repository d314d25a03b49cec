package io.prodops.governance.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.ClassRule;
import org.junit.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * {@code /rest/prodops/1.0/issues/{key}/readiness} and the host's Launch transition over real HTTP, on the demo data:
 * every project's initiatives and epics bound to Standard launch; PHX-14 ready, NOVA-14 blocked by an open epic
 * (NOVA-16) and the missing marketing sign-off; mia in marketing; vic browses PHX, ATL, NOVA but not SEC; pete edits
 * PHX and NOVA; olga is the ops manager.
 */
public class ReadinessRestTest {
    @ClassRule
    public static final RunningHost HOST = new RunningHost();
    private static final String JSON = "application/json";

    private static String readiness(String issueKey) {
        return "/rest/prodops/1.0/issues/" + issueKey + "/readiness";
    }

    private static HttpResponse<String> send(String method, String path, String user, String contentType, String body) throws Exception {
        HttpRequest.Builder b = HOST.request(path, user);
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return RunningHost.client().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode expect(HttpResponse<String> r, int status) throws Exception {
        assertEquals(r.body(), status, r.statusCode());
        return RunningHost.json(r);
    }

    private static JsonNode get(String path, String user) throws Exception {
        return expect(HOST.get(path, user), 200);
    }

    private static JsonNode gate(JsonNode readiness, String key) {
        for (JsonNode g : readiness.get("gates")) {
            if (g.get("key").asText().equals(key)) {
                return g;
            }
        }
        throw new AssertionError("no gate " + key + " in " + readiness);
    }

    @Test
    public void experimentsThatInformAnInitiativeMustBeDecided() throws Exception {
        // the demo's PHX experiments (one running, one in design) inform the PHX initiative PHX-1: not decided yet
        JsonNode gate = gate(get(readiness("PHX-1"), "pete"), "experiments-decided");
        assertEquals("FAIL", gate.get("status").asText());
        assertTrue(gate.get("reason").asText(), gate.toString().contains("PHX-12") && gate.toString().contains("PHX-13"));
    }

    @Test
    public void theReadyInitiativeShowsEveryGateWithWhoSignedOff() throws Exception {
        JsonNode r = get(readiness("PHX-14"), "vic");

        assertTrue(r.toString(), r.get("ready").asBoolean());
        assertEquals("STANDARD_LAUNCH", r.at("/gateset/key").asText());
        assertEquals(1, r.at("/gateset/version").asInt());
        assertTrue(r.get("evaluatedAt").asText().endsWith("Z"));
        JsonNode marketing = gate(r, "marketing-signoff");
        assertEquals("PASS", marketing.get("status").asText());
        assertEquals("SIGN_OFF", marketing.get("kind").asText());
        assertTrue(marketing.get("required").asBoolean());
        assertEquals("JIRAUSER10103", marketing.at("/signedOffBy/key").asText());
        assertEquals("Mia Marketing", marketing.at("/signedOffBy/displayName").asText());
        assertFalse(marketing.get("canSignOff").asBoolean());
        assertFalse(marketing.get("canWaive").asBoolean());
        assertEquals("no experiment informs PHX-14: nothing left to decide", "PASS", gate(r, "experiments-decided").get("status").asText());
        assertFalse(gate(r, "experiments-decided").get("required").asBoolean());
        assertEquals("The PRD is approved.", gate(r, "prd-approved").get("reason").asText());
        assertEquals("prodops.readiness.prd.approved", gate(r, "prd-approved").get("reasonKey").asText());
    }

    @Test
    public void theBlockedInitiativeSaysWhatIsMissing() throws Exception {
        JsonNode r = get(readiness("NOVA-14"), "pete");

        assertFalse(r.get("ready").asBoolean());
        JsonNode children = gate(r, "children-done");
        assertEquals("FAIL", children.get("status").asText());
        assertTrue(children.get("reason").asText(), children.get("reason").asText().contains("NOVA-16"));
        assertEquals("PENDING", gate(r, "marketing-signoff").get("status").asText());
        assertEquals("PASS", gate(r, "prd-approved").get("status").asText());
        JsonNode evidence = children.get("evidence");
        assertTrue(evidence.toString(), evidence.isArray() && evidence.size() > 0);
        assertEquals("NOVA-16", evidence.get(0).at("/issues/0/key").asText());
        assertTrue(get(readiness("NOVA-14"), "mia").at("/gates").toString().contains("\"canSignOff\":true"));
        assertTrue(gate(get(readiness("NOVA-14"), "olga"), "children-done").get("canWaive").asBoolean());
    }

    @Test
    public void readersNeedBrowsePermissionAndAGateSet() throws Exception {
        assertEquals(401, HOST.get(readiness("PHX-14"), null).statusCode());
        assertEquals("ISSUE_NOT_FOUND", expect(HOST.get(readiness("SEC-1"), "vic"), 404).get("error").asText());
        assertEquals("ISSUE_NOT_FOUND", expect(HOST.get(readiness("NOPE-1"), "vic"), 404).get("error").asText());
        assertEquals("NO_GATESET", expect(HOST.get(readiness("PHX-3"), "vic"), 404).get("error").asText()); // a story: not bound
        assertEquals("GATESET_NOT_FOUND", expect(HOST.get(readiness("PHX-14") + "?gateset=NOPE", "vic"), 404).get("error").asText());
        assertEquals("STANDARD_LAUNCH", get(readiness("PHX-3") + "?gateset=STANDARD_LAUNCH", "vic").at("/gateset/key").asText());
        assertEquals(200, HOST.get(readiness("SEC-1"), "olga").statusCode());
    }

    /** SEC-8 (which vic cannot browse) blocks ATL-9: vic learns that something blocks, never what. */
    @Test
    public void aViewerSeesACountForABlockerTheyCannotBrowseNeverItsKeyOrSummary() throws Exception {
        String summary = get("/rest/prodops/1.0/issues/SEC-8/readiness?gateset=STANDARD_LAUNCH", "olga").get("issueKey").asText();
        assertEquals("SEC-8", summary);
        HttpResponse<String> asVic = HOST.get(readiness("ATL-9") + "?gateset=STANDARD_LAUNCH", "vic");
        JsonNode vic = expect(asVic, 200);
        JsonNode blockers = gate(vic, "blockers-resolved");

        assertEquals("decided with full visibility", "FAIL", blockers.get("status").asText());
        assertFalse(asVic.body(), asVic.body().contains("SEC-8"));
        assertFalse(asVic.body(), asVic.body().contains("Move CI secrets to the vault"));
        assertTrue(blockers.toString(), blockers.toString().contains("you can\u2019t see"));

        String asOlga = HOST.get(readiness("ATL-9") + "?gateset=STANDARD_LAUNCH", "olga").body();
        assertTrue(asOlga, asOlga.contains("SEC-8"));
    }

    @Test
    public void signOffsNeedTheGroupAndAreCheckedBeforeTheBodyIsRead() throws Exception {
        String path = readiness("ATL-1") + "/signoffs/marketing-signoff";
        assertEquals(401, send("POST", path, null, JSON, "{}").statusCode());
        assertEquals(403, send("POST", path, "vic", JSON, "not json").statusCode());
        assertEquals(403, send("POST", path, "pete", JSON, "{\"note\":\"x\"}").statusCode());
        assertEquals(404, send("POST", readiness("SEC-1") + "/signoffs/marketing-signoff", "vic", JSON, "{}").statusCode());
        assertEquals(415, send("POST", path, "mia", "text/plain", "{}").statusCode());
        assertEquals("body", expect(send("POST", path, "mia", JSON, "not json"), 400).at("/errors/0/field").asText());
        assertEquals("gateKey", expect(send("POST", readiness("ATL-1") + "/signoffs/prd-approved", "mia", JSON, "{}"), 400)
                .at("/errors/0/field").asText());
        assertEquals("GATE_NOT_FOUND", expect(send("POST", readiness("ATL-1") + "/signoffs/nope", "mia", JSON, "{}"), 404).get("error").asText());

        JsonNode signed = expect(send("POST", path, "mia", JSON, "{\"note\":\"Campaign <b>booked</b>\"}"), 200);
        assertEquals("PASS", gate(signed, "marketing-signoff").get("status").asText());
        assertEquals("Campaign <b>booked</b>", gate(signed, "marketing-signoff").get("signOffNote").asText());

        JsonNode revoked = expect(send("DELETE", path, "mia", null, null), 200);
        assertEquals("PENDING", gate(revoked, "marketing-signoff").get("status").asText());
        assertEquals("SIGNOFF_NOT_FOUND", expect(send("DELETE", path, "olga", JSON, "{\"note\":\"again\"}"), 404).get("error").asText());
    }

    @Test
    public void waiversNeedAnOpsManagerAndAReason() throws Exception {
        String path = readiness("ATL-1") + "/waivers/children-done";
        assertEquals(403, send("POST", path, "pete", JSON, "not json").statusCode());
        assertEquals(403, send("POST", path, "mia", JSON, "{\"reason\":\"x\"}").statusCode());
        assertEquals("reason", expect(send("POST", path, "olga", JSON, "{}"), 400).at("/errors/0/field").asText());
        assertEquals("reason", expect(send("POST", path, "olga", JSON, "{\"reason\":\"  \"}"), 400).at("/errors/0/field").asText());
        assertEquals("gateKey", expect(send("POST", readiness("ATL-1") + "/waivers/experiments-decided", "olga", JSON, "{\"reason\":\"x\"}"), 400)
                .at("/errors/0/field").asText());

        JsonNode waived = expect(send("POST", path, "olga", JSON, "{\"reason\":\"Remaining epics move to the next release\"}"), 200);
        JsonNode children = gate(waived, "children-done");
        assertEquals("WAIVED", children.get("status").asText());
        assertEquals("JIRAUSER10100", children.at("/waivedBy/key").asText());
        assertEquals("Remaining epics move to the next release", children.get("waiverReason").asText());

        assertEquals(403, send("DELETE", path, "pete", null, null).statusCode());
        assertEquals("FAIL", gate(expect(send("DELETE", path, "olga", null, null), 200), "children-done").get("status").asText());
    }

    @Test
    public void launchIsRefusedWithTheReasonsUntilTheGatesPassThenRecordsASnapshot() throws Exception {
        String launch = "/rest/host/1.0/issues/NOVA-14/transitions/launch";
        JsonNode transitions = get("/rest/host/1.0/issues/NOVA-14/transitions", "pete");
        assertEquals("launch", transitions.at("/transitions/0/id").asText());
        assertTrue(transitions.get("canTransition").asBoolean());
        assertEquals(403, send("POST", launch, "vic", JSON, "{}").statusCode());
        assertEquals(401, send("POST", launch, null, JSON, "{}").statusCode());

        JsonNode refused = expect(send("POST", launch, "pete", JSON, "{}"), 400);
        assertEquals("LAUNCH_BLOCKED", refused.get("error").asText());
        assertEquals("[\"children-done\",\"marketing-signoff\"]", keys(refused.get("gates")));
        assertTrue(refused.get("message").asText(), refused.get("message").asText().startsWith("2 gates of Standard launch block this transition:"));
        assertEquals("refused: nothing changed", "In Progress", get("/rest/host/1.0/issues/NOVA-14/transitions", "pete").get("status").asText());

        expect(send("POST", readiness("NOVA-14") + "/signoffs/marketing-signoff", "mia", JSON, "{\"note\":\"Go\"}"), 200);
        expect(send("POST", "/rest/host/1.0/issues/NOVA-16/transitions/done", "pete", JSON, "{}"), 200);
        JsonNode launched = expect(send("POST", launch, "pete", JSON, "{}"), 200);
        assertEquals("Launched", launched.get("status").asText());
        assertEquals("DONE", launched.get("statusCategory").asText());

        JsonNode snapshots = get(readiness("NOVA-14") + "/snapshots", "vic");
        assertEquals(1, snapshots.get("total").asInt());
        JsonNode snapshot = snapshots.at("/items/0");
        assertEquals("JIRAUSER10101", snapshot.at("/user/key").asText());
        assertEquals("Launch", snapshot.get("transition").asText());
        assertTrue(snapshot.get("ready").asBoolean());
        assertEquals("PASS", gate(snapshot, "marketing-signoff").get("status").asText());
        assertEquals("reopen", get("/rest/host/1.0/issues/NOVA-14/transitions", "pete").at("/transitions/0/id").asText());
        assertEquals("transition", expect(send("POST", launch, "pete", JSON, "{}"), 400).at("/errors/0/field").asText());
    }

    @Test
    public void theReadyInitiativeLaunchesAtOnce() throws Exception {
        JsonNode launched = expect(send("POST", "/rest/host/1.0/issues/PHX-14/transitions/launch", "pete", JSON, "{}"), 200);
        assertEquals("Launched", launched.get("status").asText());
        assertTrue(launched.get("snapshotId").asLong() > 0);
    }

    private static String keys(JsonNode gates) {
        StringBuilder out = new StringBuilder("[");
        for (JsonNode g : gates) {
            out.append(out.length() > 1 ? "," : "").append('"').append(g.get("key").asText()).append('"');
        }
        return out.append(']').toString();
    }
}

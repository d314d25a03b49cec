package io.prodops.governance.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.ClassRule;
import org.junit.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * {@code /rest/prodops/1.0/admin/experiment-type} and its page over real HTTP against the standalone host: Jira admins
 * only, writes JSON only, and a shared scheme changes only with its current projects confirmed.
 */
public class ExperimentTypeRestTest {
    @ClassRule
    public static final RunningHost HOST = new RunningHost();
    private static final String BASE = "/rest/prodops/1.0/admin/experiment-type";
    private static final String PAGE = "/plugins/servlet/prodops/experiment-type";

    private static HttpResponse<String> post(String projectKey, String user, String contentType, String body) throws Exception {
        HttpRequest.Builder b = HOST.request(BASE + "/projects/" + projectKey, user).POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return RunningHost.client().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> add(String projectKey, String mode, String... confirmed) throws Exception {
        String keys = confirmed.length == 0 ? "" : "\"" + String.join("\", \"", confirmed) + "\"";
        return post(projectKey, "admin", "application/json", "{\"mode\": \"" + mode + "\", \"confirmAffectedProjects\": [" + keys + "]}");
    }

    private static JsonNode status() throws Exception {
        HttpResponse<String> r = HOST.get(BASE, "admin");
        assertEquals(r.body(), 200, r.statusCode());
        return RunningHost.json(r);
    }

    private static JsonNode project(JsonNode status, String key) {
        for (JsonNode p : status.get("projects")) {
            if (p.get("project").get("key").asText().equals(key)) {
                return p;
            }
        }
        throw new AssertionError(key + " not in " + status);
    }

    private static List<String> keys(JsonNode projects) {
        List<String> keys = new ArrayList<>();
        projects.forEach(p -> keys.add((p.has("project") ? p.get("project") : p).get("key").asText()));
        return keys;
    }

    @Test
    public void setupInstalledTheTypeAndTheLinkTypeAndAdminsSeeEveryProjectWithItsScheme() throws Exception {
        JsonNode s = status();
        assertTrue(s.get("installed").asBoolean());
        assertEquals("Experiment", s.get("issueType").get("name").asText());
        assertEquals("Informs", s.get("linkType").get("name").asText());
        assertEquals("informs", s.get("linkType").get("outward").asText());
        assertEquals("is informed by", s.get("linkType").get("inward").asText());
        assertEquals(List.of("ATL", "NOVA", "PHX", "SEC"), keys(s.get("projects")));
        JsonNode atl = project(s, "ATL");
        assertEquals("Default Issue Type Scheme", atl.get("schemeName").asText());
        assertTrue(atl.get("defaultScheme").asBoolean());
        assertFalse(project(s, "SEC").get("defaultScheme").asBoolean());
        assertEquals(List.of(), keys(project(s, "SEC").get("sharedWith")));
    }

    @Test
    public void onlyJiraAdminsReadOrChange() throws Exception {
        assertEquals(401, HOST.get(BASE, null).statusCode());
        assertEquals(401, post("SEC", null, "application/json", "{\"mode\": \"ADD_TO_SCHEME\", \"confirmAffectedProjects\": [\"SEC\"]}").statusCode());
        for (String user : List.of("vic", "pete", "olga")) {
            HttpResponse<String> read = HOST.get(BASE, user);
            assertEquals(user, 403, read.statusCode());
            assertEquals("FORBIDDEN", RunningHost.json(read).get("error").asText());
            assertEquals(user, 403, post("SEC", user, "application/json", "{\"mode\": \"ADD_TO_SCHEME\", \"confirmAffectedProjects\": [\"SEC\"]}").statusCode());
            assertEquals("403 before the body is read", 403, post("SEC", user, "application/json", "not json").statusCode());
        }
        assertFalse(project(status(), "SEC").get("present").asBoolean());
    }

    @Test
    public void writesMustBeJson() throws Exception {
        String body = "{\"mode\": \"ADD_TO_SCHEME\", \"confirmAffectedProjects\": [\"SEC\"]}";
        for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", null}) {
            assertEquals(String.valueOf(type), 415, post("SEC", "admin", type, body).statusCode());
        }
        assertFalse(project(status(), "SEC").get("present").asBoolean());
    }

    @Test
    public void aChangeWithoutTheSchemesCurrentProjectsConfirmedIsA409NamingThem() throws Exception {
        HttpResponse<String> r = add("SEC", "ADD_TO_SCHEME");
        assertEquals(r.body(), 409, r.statusCode());
        JsonNode body = RunningHost.json(r);
        assertEquals("CONFIRMATION_REQUIRED", body.get("error").asText());
        assertEquals("SEC: Security Issue Type Scheme", body.get("schemeName").asText());
        assertEquals("SEC", body.get("affectedProjects").get(0).get("key").asText());
        assertEquals("confirmAffectedProjects", body.get("errors").get(0).get("field").asText());
        assertTrue(body.get("message").asText().contains("SEC"));
        assertEquals(409, add("SEC", "ADD_TO_SCHEME", "SEC", "PHX").statusCode());
        assertFalse(project(status(), "SEC").get("present").asBoolean());
    }

    @Test
    public void badInputIsA400NamingTheFieldAndAnUnknownProjectA404() throws Exception {
        HttpResponse<String> noMode = post("SEC", "admin", "application/json", "{\"confirmAffectedProjects\": [\"SEC\"]}");
        assertEquals(400, noMode.statusCode());
        assertEquals("mode", RunningHost.json(noMode).get("errors").get(0).get("field").asText());
        assertEquals("mode", RunningHost.json(add("SEC", "MERGE", "SEC")).get("errors").get(0).get("field").asText());
        HttpResponse<String> badList = post("SEC", "admin", "application/json", "{\"mode\": \"ADD_TO_SCHEME\", \"confirmAffectedProjects\": 7}");
        assertEquals(400, badList.statusCode());
        assertEquals("confirmAffectedProjects", RunningHost.json(badList).get("errors").get(0).get("field").asText());
        HttpResponse<String> copyOwn = add("SEC", "COPY_SCHEME");
        assertEquals(400, copyOwn.statusCode());
        assertEquals("mode", RunningHost.json(copyOwn).get("errors").get(0).get("field").asText());
        HttpResponse<String> missing = add("NOPE", "ADD_TO_SCHEME", "NOPE");
        assertEquals(404, missing.statusCode());
        assertEquals("PROJECT_NOT_FOUND", RunningHost.json(missing).get("error").asText());
    }

    @Test
    public void copyingTheSharedSchemeChangesOneProjectAndAConfirmedChangeTheRest() throws Exception {
        HttpResponse<String> copy = add("NOVA", "COPY_SCHEME");
        assertEquals(copy.body(), 200, copy.statusCode());
        assertEquals("Default Issue Type Scheme (NOVA)", RunningHost.json(copy).get("schemeName").asText());
        JsonNode afterCopy = status();
        assertTrue(project(afterCopy, "NOVA").get("present").asBoolean());
        assertFalse(project(afterCopy, "PHX").get("present").asBoolean());
        assertEquals(List.of("ATL"), keys(project(afterCopy, "PHX").get("sharedWith")));

        assertEquals("NOVA left the scheme: confirming it is wrong now", 409, add("PHX", "ADD_TO_SCHEME", "ATL", "NOVA", "PHX").statusCode());
        HttpResponse<String> shared = add("PHX", "ADD_TO_SCHEME", "PHX", "ATL");
        assertEquals(shared.body(), 200, shared.statusCode());
        assertEquals(List.of("ATL", "PHX"), keys(RunningHost.json(shared).get("affectedProjects")));
        JsonNode after = status();
        assertTrue(project(after, "ATL").get("present").asBoolean());
        assertTrue(project(after, "PHX").get("present").asBoolean());
        assertFalse(project(after, "SEC").get("present").asBoolean());

        HttpResponse<String> again = add("ATL", "ADD_TO_SCHEME");
        assertEquals(200, again.statusCode());
        assertFalse(RunningHost.json(again).get("changed").asBoolean());
    }

    @Test
    public void thePageIsForJiraAdmins() throws Exception {
        assertEquals(302, HOST.get(PAGE, null).statusCode());
        assertEquals("ops managers are not Jira admins", 403, HOST.get(HOST.login("olga"), PAGE).statusCode());
        HttpResponse<String> page = HOST.get(HOST.login("admin"), PAGE);
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertTrue(html.contains("id=\"prodops-experiment-type\""));
        assertTrue(html.contains("data-rest-base=\"/rest/prodops/1.0\""));
        assertTrue("UI strings reach the script", html.contains("prodops.exptype.confirm.copy"));
        assertTrue(html.contains("experiment-type-page.js"));
    }
}

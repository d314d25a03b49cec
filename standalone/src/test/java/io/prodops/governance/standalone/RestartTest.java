package io.prodops.governance.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** Stop and start again on the same data directory: settings kept, demo data not duplicated. */
public class RestartTest {
    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void settingsSurviveARestartAndDemoDataIsSeededOnce() throws Exception {
        Path data = folder.newFolder("data").toPath();
        JsonNode firstStatus;
        try (StandaloneHost host = StandaloneHost.start(HostOptions.forTests(data))) {
            firstStatus = status(host);
            assertTrue(Files.exists(data.resolve("prodops.mv.db")));
            HttpResponse<String> put = RunningHost.client().send(HttpRequest.newBuilder(host.baseUri().resolve("rest/prodops/1.0/settings"))
                    .header("Authorization", RunningHost.basic("admin", "admin")).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"opsGroup\":\"release-managers\",\"revision\":0}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(put.body(), 200, put.statusCode());
        }
        try (StandaloneHost host = StandaloneHost.start(HostOptions.forTests(data))) {
            HttpResponse<String> get = RunningHost.client().send(HttpRequest.newBuilder(host.baseUri().resolve("rest/prodops/1.0/settings"))
                    .header("Authorization", RunningHost.basic("admin", "admin")).GET().build(), HttpResponse.BodyHandlers.ofString());
            JsonNode settings = RunningHost.JSON.readTree(get.body());
            assertEquals("release-managers", settings.get("opsGroup").asText());
            assertEquals(1, settings.get("revision").asInt());
            JsonNode secondStatus = status(host);
            assertEquals(firstStatus.get("hostData"), secondStatus.get("hostData"));
            JsonNode rows = secondStatus.get("activeObjects").get("rowsPerTable");
            String prefix = secondStatus.get("activeObjects").get("tablePrefix").asText();
            assertEquals("schema.version, ops.group and experiment.issuetype.id, once each", 3, rows.get(prefix + "_SETTING").asInt());
            JsonNode before = firstStatus.get("activeObjects").get("rowsPerTable");
            assertEquals("only the settings change was written since the first start (no second seeding)",
                    before.get(prefix + "_REV_CLAIM").asInt() + 1, rows.get(prefix + "_REV_CLAIM").asInt());
            assertEquals("the demo PRDs and the launch demo's two, seeded once", 6, rows.get(prefix + "_PRD").asInt());
            assertEquals(before.get(prefix + "_PRD_SECTION"), rows.get(prefix + "_PRD_SECTION"));
            assertEquals("the Standard PRD, Standard launch and the default health rules, installed once", 3, rows.get(prefix + "_CONFIG_DOC").asInt());
            assertEquals(3, rows.get(prefix + "_CONFIG_VERSION").asInt());
            assertEquals("the launch demo's sign-off, once", 1, rows.get(prefix + "_GATE_APPROVAL").asInt());
        }
    }

    private static JsonNode status(StandaloneHost host) throws Exception {
        HttpResponse<String> r = RunningHost.client().send(HttpRequest.newBuilder(host.baseUri().resolve("status")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        return RunningHost.JSON.readTree(r.body());
    }
}

package io.prodops.governance.jira.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * The dashboard item's script run in Node (the build's own Node.js, which core's npm step needs anyway) with a minimal
 * DOM, fetch and dashboard item API ({@code src/test/resources/js/dashboard-item-harness.js}): what it asks the REST
 * API for, what it shows, what it stores through the API.
 */
public class PortfolioDashboardItemBehaviourTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PORTFOLIO_12 = "/jira/rest/prodops/1.0/portfolio?view=12&size=5&sort=health,desc";
    private static final String PORTFOLIO_ALL = "/jira/rest/prodops/1.0/portfolio?size=5&sort=health,desc";
    private static final String VIEWS = "/jira/rest/prodops/1.0/portfolio/views?size=200"; // the largest page (PageRequest.MAX_SIZE)

    @Test
    public void itShowsTheCountsAndTheAtRiskInitiativesOfTheChosenView() throws Exception {
        ObjectNode scenario = scenario("render", "{\"viewId\": \"12\", \"configured\": \"true\"}");
        reply(scenario, PORTFOLIO_12, 200, """
                {"rows": [
                  {"issueKey": "PF-1", "summary": "<img src=x onerror=alert(1)>", "health": {"color": "RED", "reasons": ["The target date passed.", "Not ready."]}, "url": "javascript:alert(1)"},
                  {"issueKey": "PF-2", "summary": "Billing", "health": {"color": "AMBER", "reasons": []}},
                  {"issueKey": "PF-3", "summary": "Fine", "health": {"color": "GREEN", "reasons": []}}],
                 "totals": {"count": 6, "health": {"RED": 2, "AMBER": 1, "GREEN": 3}},
                 "view": {"id": 12, "name": "Q4 <launches>"}, "truncated": false}""");
        JsonNode result = run(scenario);

        assertEquals("prodops/portfolio-dashboard-item", result.get("name").asText());
        assertEquals(List.of(PORTFOLIO_12), texts(result.get("fetched")));
        assertEquals(List.of("showLoadingBar", "hideLoadingBar", "resize"), texts(result.get("api")));
        JsonNode dom = result.get("dom");
        assertEquals("prodops.portfolio.gadget.view.current(Q4 <launches>)", find(dom, n -> has(n, "prodops-dash-view")).get("text").asText());
        List<String> counts = new ArrayList<>();
        for (JsonNode count : find(dom, n -> has(n, "prodops-dash-counts")).get("children")) {
            counts.add(text(count));
        }
        assertEquals("colour name and number as text, in severity order",
                List.of("prodops.portfolio.gadget.health.RED2", "prodops.portfolio.gadget.health.AMBER1", "prodops.portfolio.gadget.health.GREEN3"), counts);
        JsonNode rows = find(dom, n -> has(n, "prodops-dash-rows"));
        assertEquals("only red and amber rows are at risk", 2, rows.get("children").size());
        JsonNode first = rows.get("children").get(0);
        JsonNode link = find(first, n -> "a".equals(n.path("tag").asText()));
        assertEquals("the link is built from the key, not the row's url", "/jira/browse/PF-1", link.get("href").asText());
        assertEquals("the summary stays text", "PF-1 <img src=x onerror=alert(1)>", link.get("text").asText());
        assertNull("no element was made from the summary", link.get("children"));
        assertEquals("The target date passed.\nNot ready.", first.get("title").asText());
        assertEquals("The target date passed.", find(first, n -> has(n, "prodops-dash-reason")).get("text").asText());
        assertEquals("/jira/browse/PF-2", find(rows.get("children").get(1), n -> "a".equals(n.path("tag").asText())).get("href").asText());
        JsonNode footer = find(dom, n -> has(n, "prodops-dash-footer")).get("children").get(0);
        assertEquals("/jira/plugins/servlet/prodops/portfolio?view=12", footer.get("href").asText());
    }

    @Test
    public void withoutAChosenViewItShowsEverythingTheUserMaySee() throws Exception {
        ObjectNode scenario = scenario("render", "{\"configured\": \"true\", \"viewId\": \"\"}");
        reply(scenario, PORTFOLIO_ALL, 200, "{\"rows\": [], \"totals\": {\"count\": 4, \"health\": {\"GREEN\": 4}}, \"view\": null}");
        JsonNode result = run(scenario);
        assertEquals(List.of(PORTFOLIO_ALL), texts(result.get("fetched")));
        assertNotNull(find(result.get("dom"), n -> "prodops.portfolio.gadget.none.atrisk".equals(n.path("text").asText())));
        assertEquals("/jira/plugins/servlet/prodops/portfolio",
                find(result.get("dom"), n -> has(n, "prodops-dash-footer")).get("children").get(0).get("href").asText());
    }

    @Test
    public void emptyViewsAndErrorsSayWhatHappened() throws Exception {
        ObjectNode empty = scenario("render", "{\"configured\": \"true\", \"viewId\": \"12\"}");
        reply(empty, PORTFOLIO_12, 200, "{\"rows\": [], \"totals\": {\"count\": 0, \"health\": {}}}");
        assertNotNull(find(run(empty).get("dom"), n -> "prodops.portfolio.gadget.empty".equals(n.path("text").asText())));

        ObjectNode anonymous = scenario("render", "{\"configured\": \"true\", \"viewId\": \"12\"}");
        reply(anonymous, PORTFOLIO_12, 401, "{\"error\": \"UNAUTHENTICATED\", \"message\": \"Log in.\"}");
        JsonNode alert = find(run(anonymous).get("dom"), n -> "alert".equals(n.path("attrs").path("role").asText()));
        assertEquals("prodops.portfolio.gadget.error.login", alert.get("text").asText());

        ObjectNode gone = scenario("render", "{\"configured\": \"true\", \"viewId\": \"12\"}");
        reply(gone, PORTFOLIO_12, 400, "{\"error\": \"VALIDATION\", \"message\": \"view: no such view\"}");
        assertEquals("prodops.portfolio.gadget.error(view: no such view)",
                find(run(gone).get("dom"), n -> "alert".equals(n.path("attrs").path("role").asText())).get("text").asText());
    }

    @Test
    public void aNewItemOpensItsSettingsAndStoresTheChosenView() throws Exception {
        ObjectNode scenario = scenario("render", "{}");
        scenario.put("editable", true);
        scenario.putArray("actions").add("choose 12").add("submit");
        reply(scenario, VIEWS, 200, "{\"items\": [{\"id\": 12, \"name\": \"Q4 <b>\", \"shared\": true}, {\"id\": 13, \"name\": \"Mine\", \"shared\": false}]}");
        JsonNode result = run(scenario);
        assertEquals("an unconfigured item asks for its view first", List.of(VIEWS), texts(result.get("fetched")));
        JsonNode select = find(result.get("dom"), n -> "select".equals(n.path("tag").asText()));
        List<String> options = new ArrayList<>();
        for (JsonNode option : select.get("children")) {
            options.add(option.get("value").asText() + "=" + option.get("text").asText());
        }
        assertEquals(List.of("=prodops.portfolio.gadget.view.all", "12=prodops.portfolio.gadget.view.shared(Q4 <b>)", "13=Mine"), options);
        assertNull("no cancel before the first save", find(result.get("dom"), n -> "button".equals(n.path("type").asText())));
        assertTrue(texts(result.get("api")).contains("savePreferences {\"viewId\":\"12\",\"configured\":\"true\"}"));
    }

    @Test
    public void editingKeepsTheCurrentChoiceAndCanBeCancelled() throws Exception {
        ObjectNode scenario = scenario("renderEdit", "{\"viewId\": \"13\", \"configured\": \"true\"}");
        scenario.put("jquery", true);
        scenario.putArray("actions").add("cancel");
        reply(scenario, VIEWS, 200, "{\"items\": [{\"id\": 12, \"name\": \"A\", \"shared\": true}, {\"id\": 13, \"name\": \"B\", \"shared\": false}]}");
        JsonNode result = run(scenario);
        JsonNode select = find(result.get("dom"), n -> "select".equals(n.path("tag").asText()));
        assertTrue(select.get("children").get(2).get("selected").asBoolean());
        assertFalse(select.get("children").get(1).get("selected").asBoolean());
        assertTrue(texts(result.get("api")).contains("closeEdit"));
        assertFalse(texts(result.get("api")).stream().anyMatch(call -> call.startsWith("savePreferences")));
    }

    @Test
    public void aViewThatIsGoneIsSaidInTheSettings() throws Exception {
        ObjectNode scenario = scenario("renderEdit", "{\"viewId\": \"99\", \"configured\": \"true\"}");
        reply(scenario, VIEWS, 200, "{\"items\": [{\"id\": 12, \"name\": \"A\", \"shared\": true}]}");
        JsonNode dom = run(scenario).get("dom");
        assertNotNull(find(dom, n -> "prodops.portfolio.gadget.view.gone".equals(n.path("text").asText())));
    }

    // --- harness

    private static ObjectNode scenario(String method, String preferences) throws IOException {
        ObjectNode scenario = JSON.createObjectNode();
        scenario.put("method", method);
        scenario.set("preferences", JSON.readTree(preferences));
        scenario.putObject("responses");
        return scenario;
    }

    private static void reply(ObjectNode scenario, String url, int status, String body) throws IOException {
        ObjectNode reply = ((ObjectNode) scenario.get("responses")).putObject(url);
        reply.put("status", status);
        reply.set("body", JSON.readTree(body));
    }

    private static JsonNode run(ObjectNode scenario) throws Exception {
        Path harness = Path.of(PortfolioDashboardItemBehaviourTest.class.getResource("/js/dashboard-item-harness.js").toURI());
        Path script = Path.of(PortfolioDashboardItemBehaviourTest.class.getResource("/" + JiraWebResources.ROOT + "portfolio-dashboard-item.js").toURI());
        Process node = new ProcessBuilder("node", harness.toString(), script.toString(), JSON.writeValueAsString(scenario)).redirectErrorStream(true).start();
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue("node finished", node.waitFor(30, TimeUnit.SECONDS));
        assertEquals(out, 0, node.exitValue());
        return JSON.readTree(out);
    }

    private static boolean has(JsonNode node, String cls) {
        return List.of(node.path("cls").asText().split(" ")).contains(cls);
    }

    private static String text(JsonNode node) {
        StringBuilder text = new StringBuilder(node.path("text").asText());
        for (JsonNode child : node.path("children")) {
            text.append(text(child));
        }
        return text.toString();
    }

    private static JsonNode find(JsonNode node, Predicate<JsonNode> predicate) {
        if (predicate.test(node)) {
            return node;
        }
        for (JsonNode child : node.path("children")) {
            JsonNode found = find(child, predicate);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}

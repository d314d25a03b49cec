package io.prodops.governance.standalone;

import org.junit.ClassRule;
import org.junit.Test;

import java.net.http.HttpResponse;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The portfolio's REST roots share the {@code /portfolio} prefix: {@code PortfolioResource} is {@code @Path("/portfolio")}
 * while saved views, health rules and settings are their own root classes ({@code @Path("/portfolio/views")} etc.).
 * Jersey must send each path to its class.
 */
public class PortfolioPathsTest {
    @ClassRule
    public static final RunningHost HOST = new RunningHost();
    private static final String BASE = "/rest/prodops/1.0/portfolio";

    @Test
    public void eachPathReachesItsOwnResource() throws Exception {
        HttpResponse<String> views = HOST.get(BASE + "/views", "vic");
        assertEquals(views.body(), 200, views.statusCode());
        assertTrue(views.body(), RunningHost.json(views).has("items"));
        assertEquals(404, HOST.get(BASE + "/views/999999", "vic").statusCode());
        HttpResponse<String> rules = HOST.get(BASE + "/health-rules", "vic");
        assertEquals(rules.body(), 200, rules.statusCode());
        assertTrue(rules.body(), RunningHost.json(rules).has("rules"));
        HttpResponse<String> settings = HOST.get(BASE + "/settings", "vic");
        assertEquals(settings.body(), 200, settings.statusCode());
        assertTrue(settings.body(), RunningHost.json(settings).has("initiativeTypes"));
        HttpResponse<String> page = HOST.get(BASE, "vic");
        assertEquals(page.body(), 200, page.statusCode());
        assertTrue(page.body(), RunningHost.json(page).has("rows"));
        HttpResponse<String> export = HOST.get(BASE + "/export?format=json", "vic");
        assertEquals(export.body(), 200, export.statusCode());
        assertTrue(RunningHost.json(export).has("generatedAt"));
        // a path under /portfolio that no resource declares is a 404, not the page
        assertEquals(404, HOST.get(BASE + "/nothing-here", "vic").statusCode());
    }
}

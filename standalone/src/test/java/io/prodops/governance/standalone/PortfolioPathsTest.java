package io.prodops.governance.standalone;

import com.atlassian.annotations.security.UnlicensedSiteAccess;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.junit.ClassRule;
import org.junit.Test;

import java.net.http.HttpResponse;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The portfolio's REST roots share the {@code /portfolio} prefix: {@code PortfolioResource} is {@code @Path("/portfolio")}
 * while saved views, health rules and settings are their own root classes ({@code @Path("/portfolio/views")} etc.).
 * Jersey must send each path to its class; stand-ins at those roots (mounted like core's resources) prove it.
 */
public class PortfolioPathsTest {
    @ClassRule
    public static final RunningHost HOST = new RunningHost(false, b -> b.restResource(new Views()).restResource(new HealthRules()));
    private static final String BASE = "/rest/prodops/1.0/portfolio";

    @Path("/portfolio/views")
    @UnlicensedSiteAccess
    public static class Views {
        @GET
        public String list() {
            return "views";
        }

        @GET
        @Path("{id}")
        public String one(@PathParam("id") String id) {
            return "view " + id;
        }
    }

    @Path("/portfolio/health-rules")
    @UnlicensedSiteAccess
    public static class HealthRules {
        @GET
        public String get() {
            return "rules";
        }
    }

    @Test
    public void eachPathReachesItsOwnResource() throws Exception {
        assertEquals("views", HOST.get(BASE + "/views", "vic").body());
        assertEquals("view 12", HOST.get(BASE + "/views/12", "vic").body());
        assertEquals("rules", HOST.get(BASE + "/health-rules", "vic").body());
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

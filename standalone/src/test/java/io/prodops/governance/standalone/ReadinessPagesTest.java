package io.prodops.governance.standalone;

import org.junit.ClassRule;
import org.junit.Test;

import java.net.http.HttpResponse;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The launch readiness pages over real HTTP: the gate-set administration page is for ops managers, the issue page
 * embeds the readiness panel shell with the host's Launch address where the caller may launch, and the scripts they need are served.
 */
public class ReadinessPagesTest {
    @ClassRule
    public static final RunningHost HOST = new RunningHost();

    private static final String GATESETS_PAGE = "/plugins/servlet/prodops/gatesets";

    @Test
    public void gateSetAdministrationIsForOpsManagersAndAdmins() throws Exception {
        HttpResponse<String> olga = HOST.get(GATESETS_PAGE, "olga");
        assertEquals(200, olga.statusCode());
        String html = olga.body();
        assertTrue(html.contains("<title>Launch gate sets - ProdOps Governance</title>"));
        assertTrue(html.contains("id=\"prodops-gatesets\""));
        assertTrue(html.contains("data-rest-base=\"/rest/prodops/1.0\""));
        assertTrue("the strings are JSON, escaped for the attribute", html.contains("data-messages=\"{&quot;prodops."));
        assertTrue(html.contains("/download/resources/io.prodops.governance:gatesets-page/js/gatesets-page.js"));
        assertTrue(html.contains("/download/resources/io.prodops.governance:gatesets-page/js/prodops-diff.js"));
        assertEquals(200, HOST.get(GATESETS_PAGE, "admin").statusCode());
        HttpResponse<String> pete = HOST.get(GATESETS_PAGE, "pete");
        assertEquals(403, pete.statusCode());
        assertTrue(pete.body().contains("Only ops managers and Jira administrators can manage launch gate sets."));
        HttpResponse<String> anonymous = HOST.get(GATESETS_PAGE, null);
        assertEquals(302, anonymous.statusCode());
        assertEquals("/login?next=%2Fplugins%2Fservlet%2Fprodops%2Fgatesets", anonymous.headers().firstValue("Location").orElseThrow());
    }

    @Test
    public void theIssuePageEmbedsTheReadinessPanelWithTheLaunchButtonsAddress() throws Exception {
        HttpResponse<String> r = HOST.get("/browse/PHX-1", "pete");
        assertEquals(200, r.statusCode());
        String html = r.body();
        assertTrue(html.contains("class=\"prodops-readiness-panel\""));
        assertTrue(html.contains("data-issue-key=\"PHX-1\""));
        assertTrue(html.contains("data-browse-base=\"/browse/\""));
        assertTrue(html.contains("data-launch-url=\"/rest/host/1.0/issues/PHX-1/transitions/launch\""));
        assertTrue(html.contains("<h2 id=\"readiness-panel-heading\">Launch readiness</h2>"));
        assertTrue(html.contains("/download/resources/io.prodops.governance:readiness-panel/js/readiness-panel.js"));
        assertTrue("the PRD panel stays", html.contains("class=\"prodops-prd-panel\""));
        assertEquals("a script two panels share loads once", html.indexOf("js/prodops-ui.js"), html.lastIndexOf("js/prodops-ui.js"));
        assertEquals(404, HOST.get("/browse/SEC-1", "vic").statusCode());
    }

    @Test
    public void theLaunchButtonIsForEditorsOfIssuesTheWorkflowLaunches() throws Exception {
        assertTrue("a viewer may not transition", HOST.get("/browse/PHX-1", "vic").body().contains("data-launch-url=\"\""));
        assertTrue("epics are done, not launched", HOST.get("/browse/PHX-2", "pete").body().contains("data-launch-url=\"\""));
    }

    @Test
    public void theNavigationLeadsToTheGateSetPage() throws Exception {
        String html = HOST.get("/issues", "olga").body();
        assertTrue(html.contains("<a href=\"/plugins/servlet/prodops/gatesets\" aria-current=\"false\">Launch gate sets</a>"));
        assertTrue(HOST.get(GATESETS_PAGE, "olga").body().contains("<a href=\"/plugins/servlet/prodops/gatesets\" aria-current=\"page\">Launch gate sets</a>"));
    }
}

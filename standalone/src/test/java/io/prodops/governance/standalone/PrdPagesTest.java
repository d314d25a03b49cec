package io.prodops.governance.standalone;

import org.junit.ClassRule;
import org.junit.Test;

import java.net.http.HttpResponse;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The PRD page, the template administration page, and the host's issue list and issue page over real HTTP: who gets
 * which page, the page shells carry only what their scripts need (escaped), and the web resources they require
 * (Quill included) are served.
 */
public class PrdPagesTest {
    @ClassRule
    public static final RunningHost HOST = new RunningHost();

    private static final String PRD_PAGE = "/plugins/servlet/prodops/prd/";
    private static final String TEMPLATES_PAGE = "/plugins/servlet/prodops/templates";

    @Test
    public void theEditorGetsThePrdPageShellWithItsResources() throws Exception {
        HttpResponse<String> r = HOST.get(PRD_PAGE + "PHX-1", "pete");
        assertEquals(200, r.statusCode());
        String html = r.body();
        assertTrue(html.contains("<title>PHX-1 PRD - ProdOps Governance</title>"));
        assertTrue(html.contains("id=\"prodops-prd\""));
        assertTrue(html.contains("data-issue-key=\"PHX-1\""));
        assertTrue(html.contains("data-can-edit=\"true\""));
        assertTrue(html.contains("data-user-key=\"JIRAUSER10101\""));
        assertTrue(html.contains("data-rest-base=\"/rest/prodops/1.0\""));
        assertTrue("the strings are JSON, escaped for the attribute", html.contains("data-messages=\"{&quot;prodops."));
        assertTrue(html.contains("PRD: One-page checkout for returning customers"));
        assertTrue(html.contains("<a href=\"/browse/PHX-1\">PHX-1</a>"));
        for (String file : new String[]{"vendor/quill/quill.snow.css", "vendor/quill/quill.js", "js/amd-guard-begin.js", "js/prd-page.js"}) {
            assertTrue(file, html.contains("/download/resources/io.prodops.governance:prd-page/" + file));
        }
        assertTrue("the AMD guard wraps Quill", html.indexOf("amd-guard-begin.js") < html.indexOf("quill.js\"")
                && html.indexOf("quill.js\"") < html.indexOf("amd-guard-end.js"));
        assertEquals("the same page by parameter", 200, HOST.get("/plugins/servlet/prodops/prd?issueKey=PHX-1", "pete").statusCode());
    }

    @Test
    public void viewersGetAReadOnlyShellOthersAnAnswerLikeAMissingIssue() throws Exception {
        HttpResponse<String> viewer = HOST.get(PRD_PAGE + "PHX-1", "vic");
        assertEquals(200, viewer.statusCode());
        assertTrue(viewer.body().contains("data-can-edit=\"false\""));
        HttpResponse<String> hidden = HOST.get(PRD_PAGE + "SEC-1", "vic");
        assertEquals(404, hidden.statusCode());
        assertTrue(hidden.body().contains("Issue SEC-1 does not exist or you do not have permission to see it."));
        assertEquals(404, HOST.get(PRD_PAGE + "NOPE-1", "vic").statusCode());
        assertEquals(404, HOST.get(PRD_PAGE + "not%20a%20key", "vic").statusCode());
        assertEquals(404, HOST.get("/plugins/servlet/prodops/prd", "vic").statusCode());
        HttpResponse<String> anonymous = HOST.get(PRD_PAGE + "PHX-1", null);
        assertEquals(302, anonymous.statusCode());
        assertEquals("/login?next=%2Fplugins%2Fservlet%2Fprodops%2Fprd%2FPHX-1", anonymous.headers().firstValue("Location").orElseThrow());
    }

    @Test
    public void templateAdministrationIsForOpsManagers() throws Exception {
        HttpResponse<String> olga = HOST.get(TEMPLATES_PAGE, "olga");
        assertEquals(200, olga.statusCode());
        assertTrue(olga.body().contains("id=\"prodops-templates\""));
        assertTrue(olga.body().contains("/download/resources/io.prodops.governance:templates-page/js/templates-page.js"));
        assertTrue("ops managers and admins", HOST.get(TEMPLATES_PAGE, "admin").statusCode() == 200);
        HttpResponse<String> pete = HOST.get(TEMPLATES_PAGE, "pete");
        assertEquals(403, pete.statusCode());
        assertTrue(pete.body().contains("Only ops managers and Jira administrators can manage PRD templates."));
        assertEquals(302, HOST.get(TEMPLATES_PAGE, null).statusCode());
    }

    @Test
    public void theIssuePageEmbedsThePrdPanelShell() throws Exception {
        HttpResponse<String> r = HOST.get("/browse/PHX-1", "pete");
        assertEquals(200, r.statusCode());
        String html = r.body();
        assertTrue(html.contains("<span class=\"host-issue-key\">PHX-1</span> One-page checkout for returning customers"));
        assertTrue(html.contains("class=\"prodops-prd-panel\""));
        assertTrue(html.contains("data-prd-url=\"/plugins/servlet/prodops/prd/PHX-1\""));
        assertTrue(html.contains("data-can-edit=\"true\""));
        assertTrue("children", html.contains("<a href=\"/browse/PHX-2\">PHX-2</a> Saved payment methods"));
        assertTrue(html.contains("/download/resources/io.prodops.governance:prd-panel/js/prd-panel.js"));
        assertFalse("the panel needs no editor", html.contains("quill.js"));
        assertTrue(HOST.get("/browse/PHX-1", "vic").body().contains("data-can-edit=\"false\""));
        assertEquals(404, HOST.get("/browse/SEC-1", "vic").statusCode());
        assertEquals(302, HOST.get("/browse/PHX-1", null).statusCode());
    }

    @Test
    public void theIssueListShowsOnlyBrowsableIssues() throws Exception {
        String vic = HOST.get("/issues", "vic").body();
        assertTrue(vic.contains("<a href=\"/browse/PHX-1\">PHX-1</a>"));
        assertFalse(vic.contains("SEC-1"));
        assertTrue(HOST.get("/issues", "olga").body().contains("<a href=\"/browse/SEC-1\">SEC-1</a>"));
        assertEquals(302, HOST.get("/issues", null).statusCode());
    }

    @Test
    public void onlyTheListedWebResourceFilesAreServed() throws Exception {
        HttpResponse<String> quill = HOST.get("/download/resources/io.prodops.governance:prd-page/vendor/quill/quill.js", null);
        assertEquals(200, quill.statusCode());
        assertTrue(quill.headers().firstValue("Content-Type").orElseThrow().startsWith("text/javascript"));
        assertTrue(quill.body().contains("ql-editor"));
        assertEquals(404, HOST.get("/download/resources/io.prodops.governance:prd-page/vendor/quill/licenses/quill/LICENSE", null).statusCode());
        assertEquals(404, HOST.get("/download/resources/io.prodops.governance:prd-panel/vendor/quill/quill.js", null).statusCode());
    }
}

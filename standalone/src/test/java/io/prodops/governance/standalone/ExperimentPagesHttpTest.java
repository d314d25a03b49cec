package io.prodops.governance.standalone;

import org.junit.ClassRule;
import org.junit.Test;

import java.net.http.HttpResponse;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The experiment page and the experiment panel on the host's issue page over real HTTP: who gets the page, what the
 * shells carry (escaped), the panel only on Experiment issues, and Chart.js served behind the AMD guard with its licenses
 * kept out of the web resources.
 */
public class ExperimentPagesHttpTest {
    @ClassRule
    public static final RunningHost HOST = new RunningHost();

    private static final String PAGE = "/plugins/servlet/prodops/experiment/";
    private static final String RESOURCES = "/download/resources/io.prodops.governance:experiment-page/";

    @Test
    public void theEditorGetsThePageShellWithChartJsBehindTheAmdGuard() throws Exception {
        HttpResponse<String> r = HOST.get(PAGE + "PHX-12", "pete");
        assertEquals(200, r.statusCode());
        String html = r.body();
        assertTrue(html.contains("id=\"prodops-experiment\""));
        assertTrue(html.contains("data-issue-key=\"PHX-12\""));
        assertTrue(html.contains("data-can-edit=\"true\""));
        assertTrue(html.contains("data-rest-base=\"/rest/prodops/1.0\""));
        assertTrue("the strings are JSON, escaped for the attribute", html.contains("data-messages=\"{&quot;prodops."));
        assertTrue(html.contains("<a href=\"/browse/PHX-12\">PHX-12</a>"));
        for (String file : new String[]{"js/experiment-common.js", "vendor/chartjs/chart.umd.min.js", "js/experiment-chart.js", "js/experiment-page.js"}) {
            assertTrue(file, html.contains(RESOURCES + file));
        }
        assertTrue("the AMD guard wraps Chart.js", html.indexOf("amd-guard-begin.js") < html.indexOf("chart.umd.min.js")
                && html.indexOf("chart.umd.min.js") < html.indexOf("amd-guard-end.js"));
        assertEquals("the same page by parameter", 200, HOST.get("/plugins/servlet/prodops/experiment?issueKey=PHX-12", "pete").statusCode());

        HttpResponse<String> chart = HOST.get(RESOURCES + "vendor/chartjs/chart.umd.min.js", null);
        assertEquals(200, chart.statusCode());
        assertTrue(chart.headers().firstValue("Content-Type").orElseThrow().startsWith("text/javascript"));
        assertTrue("the MIT banner travels with the bundle", chart.body().startsWith("/*!\n * Chart.js v4."));
        assertEquals("licenses are in the jar, not served", 404, HOST.get(RESOURCES + "vendor/chartjs/licenses/chart.js/LICENSE.md", null).statusCode());
        assertEquals("the panel needs no chart", 404,
                HOST.get("/download/resources/io.prodops.governance:experiment-panel/vendor/chartjs/chart.umd.min.js", null).statusCode());
    }

    @Test
    public void viewersGetAReadOnlyShellOthersAnAnswerLikeAMissingIssue() throws Exception {
        HttpResponse<String> viewer = HOST.get(PAGE + "PHX-12", "vic");
        assertEquals(200, viewer.statusCode());
        assertTrue(viewer.body().contains("data-can-edit=\"false\""));
        HttpResponse<String> hidden = HOST.get(PAGE + "SEC-12", "vic");
        assertEquals(404, hidden.statusCode());
        assertTrue(hidden.body().contains("Issue SEC-12 does not exist or you do not have permission to see it."));
        assertEquals(404, HOST.get(PAGE + "not%20a%20key", "vic").statusCode());
        assertEquals(404, HOST.get("/plugins/servlet/prodops/experiment", "vic").statusCode());
        HttpResponse<String> anonymous = HOST.get(PAGE + "PHX-12", null);
        assertEquals(302, anonymous.statusCode());
        assertEquals("/login?next=%2Fplugins%2Fservlet%2Fprodops%2Fexperiment%2FPHX-12", anonymous.headers().firstValue("Location").orElseThrow());
    }

    @Test
    public void theIssuePageEmbedsTheExperimentPanelOnExperimentIssuesOnly() throws Exception {
        String experiment = HOST.get("/browse/PHX-12", "pete").body();
        assertTrue(experiment.contains("class=\"prodops-experiment-panel\""));
        assertTrue(experiment.contains("data-page-url=\"/plugins/servlet/prodops/experiment/PHX-12\""));
        assertTrue(experiment.contains("data-can-edit=\"true\""));
        assertTrue(experiment.contains("/download/resources/io.prodops.governance:experiment-panel/js/experiment-panel.js"));
        assertTrue("the PRD panel stays", experiment.contains("class=\"prodops-prd-panel\""));
        assertFalse("the panel needs no chart library", experiment.contains("chart.umd.min.js"));
        assertTrue(HOST.get("/browse/PHX-12", "vic").body().contains("data-can-edit=\"false\""));

        String initiative = HOST.get("/browse/PHX-1", "pete").body();
        assertFalse(initiative.contains("prodops-experiment-panel"));
        assertFalse(initiative.contains("experiment-panel.js"));
    }
}

package io.prodops.governance.common.web;

import java.util.List;
import java.util.Map;

/**
 * The app's web-resource modules: key to the class-path files they serve (under {@link #ROOT}). The Jira descriptor
 * declares the same modules (a test in jira/ keeps them equal); the standalone host serves them from here.
 * <p>
 * {@code vendor/} holds third-party files generated at build time (core/pom.xml installs them with npm); Quill's
 * UMD bundle is wrapped by {@code amd-guard-begin.js}/{@code amd-guard-end.js} so that it defines {@code window.Quill}
 * even on pages with an AMD loader (Jira's).
 */
public final class WebResources {
    public static final String ROOT = "io/prodops/governance/web/";
    public static final String ADMIN = "admin-page";
    public static final String PRD_PAGE = "prd-page";
    public static final String PRD_PANEL = "prd-panel";
    public static final String TEMPLATES_PAGE = "templates-page";
    public static final String READINESS_PANEL = "readiness-panel";
    public static final String GATESETS_PAGE = "gatesets-page";
    public static final String EXPERIMENT_TYPE_PAGE = "experiment-type-page";
    public static final String EXPERIMENT_PANEL = "experiment-panel";
    public static final String EXPERIMENT_PAGE = "experiment-page";
    public static final String PORTFOLIO_PAGE = "portfolio-page";
    public static final String HEALTH_RULES_PAGE = "health-rules-page";

    private static final List<String> QUILL = List.of("js/amd-guard-begin.js", "vendor/quill/quill.js", "js/amd-guard-end.js");
    /** Chart.js's UMD bundle behind the same AMD guard (it too registers an anonymous AMD module when it sees define.amd). */
    private static final List<String> CHART_JS = List.of("js/amd-guard-begin.js", "vendor/chartjs/chart.umd.min.js", "js/amd-guard-end.js");
    private static final List<String> EXPERIMENT_BASE = List.of("css/prodops.css", "js/prodops-common.js", "js/prodops-ui.js",
            "js/experiment-common.js");

    public static final Map<String, List<String>> MODULES = Map.ofEntries(
            Map.entry(ADMIN, List.of("css/prodops.css", "js/prodops-common.js", "js/admin.js")),
            Map.entry(PRD_PANEL, List.of("css/prodops.css", "js/prodops-common.js", "js/prodops-ui.js", "js/prd-common.js", "js/prd-panel.js")),
            Map.entry(PRD_PAGE, concat(List.of("vendor/quill/quill.snow.css", "css/prodops.css", "js/prodops-common.js", "js/prodops-ui.js"), QUILL,
                    List.of("js/prodops-richtext.js", "js/prd-common.js", "js/prd-sections.js", "js/prd-page.js"))),
            Map.entry(TEMPLATES_PAGE, concat(List.of("vendor/quill/quill.snow.css", "css/prodops.css", "js/prodops-common.js", "js/prodops-ui.js"), QUILL,
                    List.of("js/prodops-richtext.js", "js/prodops-diff.js", "js/templates-page.js"))),
            Map.entry(READINESS_PANEL, List.of("css/prodops.css", "js/prodops-common.js", "js/prodops-ui.js", "js/readiness-panel.js")),
            Map.entry(GATESETS_PAGE, List.of("css/prodops.css", "js/prodops-common.js", "js/prodops-ui.js", "js/prodops-diff.js", "js/gatesets-page.js")),
            Map.entry(EXPERIMENT_TYPE_PAGE, List.of("css/prodops.css", "js/prodops-common.js", "js/prodops-ui.js", "js/experiment-type-page.js")),
            Map.entry(EXPERIMENT_PANEL, concat(EXPERIMENT_BASE, List.of("js/experiment-panel.js"))),
            Map.entry(EXPERIMENT_PAGE, concat(EXPERIMENT_BASE, CHART_JS, List.of("js/experiment-chart.js", "js/experiment-page.js"))),
            Map.entry(PORTFOLIO_PAGE, concat(List.of("css/prodops.css", "js/prodops-common.js", "js/prodops-ui.js"), CHART_JS,
                    List.of("js/portfolio-charts.js", "js/portfolio-page.js"))),
            Map.entry(HEALTH_RULES_PAGE, List.of("css/prodops.css", "js/prodops-common.js", "js/prodops-ui.js", "js/health-rules-page.js")));

    private WebResources() {
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        return java.util.Arrays.stream(parts).flatMap(List::stream).toList();
    }
}

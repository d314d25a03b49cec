package io.prodops.governance.common.web;

import io.prodops.governance.experiment.web.ExperimentTypePageServlet;
import io.prodops.governance.prd.web.PrdPageServlet;
import io.prodops.governance.prd.web.TemplatesPageServlet;
import io.prodops.governance.readiness.web.GateSetsPageServlet;
import io.prodops.governance.experiment.web.ExperimentPageServlet;
import io.prodops.governance.portfolio.web.HealthRulesPageServlet;
import io.prodops.governance.portfolio.web.PortfolioPageServlet;
import jakarta.servlet.http.HttpServlet;

import java.util.Map;

/**
 * The app's page servlets by URL pattern, relative to the host's servlet root ({@code /plugins/servlet} in Jira).
 * The Jira descriptor declares the same servlet modules (a test in jira/ checks it).
 */
public final class Pages {
    /** Where a host serves plugin servlets, relative to its context path (Jira's convention; the standalone host's too). */
    public static final String SERVLET_ROOT = "/plugins/servlet";

    public static final String ADMIN = "/prodops/admin";
    /** The full PRD page: {@code /prodops/prd/{issueKey}} or {@code /prodops/prd?issueKey=}. */
    public static final String PRD = "/prodops/prd";
    public static final String PRD_BY_KEY = PRD + "/*";
    /** PRD template administration, for ops managers. */
    public static final String TEMPLATES = "/prodops/templates";
    /** Gate-set administration (launch readiness), for ops managers. */
    public static final String GATESETS = "/prodops/gatesets";
    /** The Experiment issue type and the projects' issue type schemes, for Jira admins. */
    public static final String EXPERIMENT_TYPE = "/prodops/experiment-type";
    /** The full experiment page: {@code /prodops/experiment/{issueKey}} or {@code /prodops/experiment?issueKey=}. */
    public static final String EXPERIMENT = "/prodops/experiment";
    public static final String EXPERIMENT_BY_KEY = EXPERIMENT + "/*";
    /** The portfolio of initiatives, for anyone logged in: {@code /prodops/portfolio?view={id}} opens a saved view. */
    public static final String PORTFOLIO = "/prodops/portfolio";
    /** Portfolio health rules and settings, for ops managers. */
    public static final String PORTFOLIO_RULES = "/prodops/portfolio-rules";

    public static final Map<String, Class<? extends HttpServlet>> SERVLETS = Map.of(
            ADMIN, AdminPageServlet.class,
            PRD, PrdPageServlet.class,
            PRD_BY_KEY, PrdPageServlet.class,
            TEMPLATES, TemplatesPageServlet.class,
            GATESETS, GateSetsPageServlet.class,
            EXPERIMENT_TYPE, ExperimentTypePageServlet.class,
            EXPERIMENT, ExperimentPageServlet.class,
            EXPERIMENT_BY_KEY, ExperimentPageServlet.class,
            PORTFOLIO, PortfolioPageServlet.class,
            PORTFOLIO_RULES, HealthRulesPageServlet.class);

    private Pages() {
    }

    /** The PRD page of an issue, relative to the context path. */
    public static String prdPage(String issueKey) {
        return SERVLET_ROOT + PRD + "/" + java.net.URLEncoder.encode(issueKey, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The experiment page of an issue, relative to the context path. */
    public static String experimentPage(String issueKey) {
        return SERVLET_ROOT + EXPERIMENT + "/" + java.net.URLEncoder.encode(issueKey, java.nio.charset.StandardCharsets.UTF_8);
    }
}

package io.prodops.governance.jira.web;

import java.util.List;
import java.util.Map;

/**
 * The web-resource modules only the Jira app has (core's {@code WebResources.MODULES} are both hosts'): key to the
 * class-path files they serve, under {@link #ROOT}. DescriptorIT keeps atlassian-plugin.xml equal to core's modules plus
 * these.
 */
public final class JiraWebResources {
    public static final String ROOT = "io/prodops/governance/jira/web/";
    /** The portfolio dashboard item's script and styles (dashboard context {@code atl.dashboard}). */
    public static final String PORTFOLIO_DASHBOARD_ITEM = "portfolio-dashboard-item";
    /** The AMD module the script defines and the {@code <dashboard-item>} names. */
    public static final String PORTFOLIO_DASHBOARD_ITEM_AMD = "prodops/portfolio-dashboard-item";

    public static final Map<String, List<String>> MODULES = Map.of(
            PORTFOLIO_DASHBOARD_ITEM, List.of("portfolio-dashboard-item.css", "portfolio-dashboard-item.js"));

    private JiraWebResources() {
    }
}

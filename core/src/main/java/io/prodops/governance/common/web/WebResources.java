package io.prodops.governance.common.web;

import java.util.List;
import java.util.Map;

/**
 * The app's web-resource modules: key to the class-path files they serve (under {@link #ROOT}). The Jira descriptor
 * declares the same modules (a test in jira/ keeps them equal); the standalone host serves them from here.
 */
public final class WebResources {
    public static final String ROOT = "io/prodops/governance/web/";
    public static final String ADMIN = "admin-page";

    public static final Map<String, List<String>> MODULES = Map.of(
            ADMIN, List.of("css/prodops.css", "js/prodops-common.js", "js/admin.js"));

    private WebResources() {
    }
}

package io.prodops.governance.common.web;

import jakarta.servlet.http.HttpServlet;

import java.util.Map;

/**
 * The app's page servlets by URL pattern, relative to the host's servlet root ({@code /plugins/servlet} in Jira).
 * The Jira descriptor declares the same servlet modules (a test in jira/ checks it).
 */
public final class Pages {
    public static final String ADMIN = "/prodops/admin";

    public static final Map<String, Class<? extends HttpServlet>> SERVLETS = Map.of(ADMIN, AdminPageServlet.class);

    private Pages() {
    }
}

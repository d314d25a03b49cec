package io.prodops.governance.jira;

/** Identity of the Jira app. */
public final class JiraApp {
    /**
     * The plugin key: {@code <atlassian-plugin key>}, {@code Atlassian-Plugin-Key} and {@code Bundle-SymbolicName}
     * (all from the build property {@code prodops.plugin.key}; BundleManifestIT keeps them equal to this).
     */
    public static final String PLUGIN_KEY = "io.prodops.governance";

    private JiraApp() {
    }

    /** The complete key of one of this app's modules, e.g. {@code io.prodops.governance:admin-page}. */
    public static String moduleKey(String moduleKey) {
        return PLUGIN_KEY + ":" + moduleKey;
    }
}

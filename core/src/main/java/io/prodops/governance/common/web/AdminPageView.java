package io.prodops.governance.common.web;

/**
 * Immutable view model of the ProdOps admin page. Velocity may only call the getters listed in the descriptor's
 * velocity-allowlist; every value is escaped by the renderer.
 */
public final class AdminPageView {
    private final Texts texts;
    private final String restBase;
    private final boolean canEditSettings;
    private final String templatesUrl;
    private final String gateSetsUrl;

    public AdminPageView(Texts texts, String restBase, boolean canEditSettings, String templatesUrl, String gateSetsUrl) {
        this.texts = texts;
        this.restBase = restBase;
        this.canEditSettings = canEditSettings;
        this.templatesUrl = templatesUrl;
        this.gateSetsUrl = gateSetsUrl;
    }

    public String text(String key) {
        return texts.get(key);
    }

    public String getRestBase() {
        return restBase;
    }

    public boolean isCanEditSettings() {
        return canEditSettings;
    }

    /** The PRD template administration page (ops managers and admins, who are the ones on this page). */
    public String getTemplatesUrl() {
        return templatesUrl;
    }

    /** The launch gate-set administration page (ops managers and admins). */
    public String getGateSetsUrl() {
        return gateSetsUrl;
    }
}

package io.prodops.governance.common.web;

/**
 * Immutable view model of the ProdOps admin page. Velocity may only call the getters listed in the descriptor's
 * velocity-allowlist; every value is escaped by the renderer.
 */
public final class AdminPageView {
    private final Texts texts;
    private final String restBase;
    private final boolean canEditSettings;

    public AdminPageView(Texts texts, String restBase, boolean canEditSettings) {
        this.texts = texts;
        this.restBase = restBase;
        this.canEditSettings = canEditSettings;
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
}

package io.prodops.governance.prd.web;

import io.prodops.governance.common.web.Texts;

/**
 * Immutable view model of the PRD template administration page shell; templates-page.js does the rest through the
 * REST API, writing ops-authored text with textContent. Velocity may only call the allowlisted getters.
 */
public final class TemplatesPageView {
    private final Texts texts;
    private final String restBase;
    private final String messagesJson;

    public TemplatesPageView(Texts texts, String restBase, String messagesJson) {
        this.texts = texts;
        this.restBase = restBase;
        this.messagesJson = messagesJson;
    }

    public String text(String key) {
        return texts.get(key);
    }

    public String getRestBase() {
        return restBase;
    }

    public String getMessagesJson() {
        return messagesJson;
    }
}

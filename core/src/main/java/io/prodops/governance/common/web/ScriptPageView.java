package io.prodops.governance.common.web;

/**
 * Immutable view model of a page shell whose script does all the work through the REST API: the page's UI strings
 * (JSON for {@code data-messages}) and the REST base. Velocity may only call the allowlisted getters.
 */
public final class ScriptPageView {
    private final Texts texts;
    private final String restBase;
    private final String messagesJson;

    /** @param messagePrefixes the prefixes of the i18n keys the page's script uses */
    public ScriptPageView(Texts texts, String contextPath, String... messagePrefixes) {
        this.texts = texts;
        this.restBase = contextPath + RestApi.BASE;
        this.messagesJson = Json.write(texts.startingWith(messagePrefixes));
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

package io.prodops.governance.experiment.web;

import io.prodops.governance.common.web.Texts;

/**
 * Immutable view model of the Experiment issue type page shell; experiment-type-page.js loads the projects through
 * REST and writes them with textContent. Velocity may only call the allowlisted getters.
 */
public final class ExperimentTypePageView {
    private final Texts texts;
    private final String restBase;
    private final String messagesJson;

    public ExperimentTypePageView(Texts texts, String restBase, String messagesJson) {
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

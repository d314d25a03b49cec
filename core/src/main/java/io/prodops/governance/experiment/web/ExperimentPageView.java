package io.prodops.governance.experiment.web;

import io.prodops.governance.common.web.Texts;

/**
 * Immutable view model of the full experiment page shell. Velocity may only call the getters listed in the
 * velocity-allowlist; every value is escaped by the renderer. The experiment itself (hypothesis, variant names, ...)
 * is loaded by experiment-page.js from the REST API and written with textContent.
 */
public final class ExperimentPageView {
    private final Texts texts;
    private final String restBase;
    private final String issueKey;
    private final String issueSummary;
    private final String issueUrl;
    private final boolean canEdit;
    private final String messagesJson;

    public ExperimentPageView(Texts texts, String restBase, String issueKey, String issueSummary, String issueUrl, boolean canEdit,
                              String messagesJson) {
        this.texts = texts;
        this.restBase = restBase;
        this.issueKey = issueKey;
        this.issueSummary = issueSummary;
        this.issueUrl = issueUrl;
        this.canEdit = canEdit;
        this.messagesJson = messagesJson;
    }

    public String text(String key) {
        return texts.get(key);
    }

    public String getRestBase() {
        return restBase;
    }

    public String getIssueKey() {
        return issueKey;
    }

    public String getIssueSummary() {
        return issueSummary;
    }

    public String getIssueUrl() {
        return issueUrl;
    }

    public boolean isCanEdit() {
        return canEdit;
    }

    /** The page's UI strings as JSON, for a data attribute (escaped there by the renderer, parsed by the script). */
    public String getMessagesJson() {
        return messagesJson;
    }
}

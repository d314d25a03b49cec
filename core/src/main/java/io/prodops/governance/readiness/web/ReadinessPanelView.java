package io.prodops.governance.readiness.web;

import io.prodops.governance.common.web.Json;
import io.prodops.governance.common.web.RestApi;
import io.prodops.governance.common.web.Texts;

/**
 * Immutable view model of the "Launch readiness" panel shell (Jira's issue view, the standalone host's issue page):
 * the issue key, the REST base, where issue links point and, on hosts that offer one, the address of the "Launch"
 * transition. readiness-panel.js loads the evaluation through the REST API and writes it with textContent. Velocity
 * may only call the getters listed in the velocity-allowlist.
 */
public final class ReadinessPanelView {
    public static final String TEMPLATE = "templates/readiness/readiness-panel.vm";
    public static final String[] MESSAGE_PREFIXES = {"prodops.ui.", "prodops.readypanel."};

    private final Texts texts;
    private final String restBase;
    private final String browseBase;
    private final String issueKey;
    private final String launchUrl;
    private final String messagesJson;

    private ReadinessPanelView(Texts texts, String contextPath, String issueKey, String launchUrl) {
        this.texts = texts;
        this.restBase = contextPath + RestApi.BASE;
        this.browseBase = contextPath + "/browse/";
        this.issueKey = issueKey;
        this.launchUrl = launchUrl;
        this.messagesJson = Json.write(texts.startingWith(MESSAGE_PREFIXES));
    }

    /** @param contextPath the host's context path ("" or e.g. "/jira") */
    public static ReadinessPanelView of(Texts texts, String contextPath, String issueKey) {
        return new ReadinessPanelView(texts, contextPath, issueKey, "");
    }

    /**
     * The panel with a "Launch" button posting to {@code launchUrl} (the standalone host's simple workflow; in Jira the
     * workflow's own transition runs the validator instead).
     */
    public static ReadinessPanelView withLaunch(Texts texts, String contextPath, String issueKey, String launchUrl) {
        return new ReadinessPanelView(texts, contextPath, issueKey, launchUrl);
    }

    public String text(String key) {
        return texts.get(key);
    }

    public String getRestBase() {
        return restBase;
    }

    public String getBrowseBase() {
        return browseBase;
    }

    public String getIssueKey() {
        return issueKey;
    }

    public String getLaunchUrl() {
        return launchUrl;
    }

    public String getMessagesJson() {
        return messagesJson;
    }
}

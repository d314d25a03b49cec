package io.prodops.governance.prd.web;

import io.prodops.governance.common.web.Texts;

/**
 * Immutable view model of the full PRD page shell. Velocity may only call the getters listed in the descriptor's
 * velocity-allowlist; every value is escaped by the renderer. The PRD itself is loaded by prd-page.js from the REST
 * API and written with textContent (rich text through the editor, which parses it inertly).
 */
public final class PrdPageView {
    private final Texts texts;
    private final String restBase;
    private final String issueKey;
    private final String issueSummary;
    private final String issueUrl;
    private final boolean canEdit;
    private final String userKey;
    private final String messagesJson;

    public PrdPageView(Texts texts, String restBase, String issueKey, String issueSummary, String issueUrl, boolean canEdit,
                       String userKey, String messagesJson) {
        this.texts = texts;
        this.restBase = restBase;
        this.issueKey = issueKey;
        this.issueSummary = issueSummary;
        this.issueUrl = issueUrl;
        this.canEdit = canEdit;
        this.userKey = userKey;
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

    /** The caller's user key ("" when anonymous): the script shows review actions to the PRD's reviewers. */
    public String getUserKey() {
        return userKey;
    }

    /** The page's UI strings as JSON, for a data attribute (escaped there by the renderer, parsed by the script). */
    public String getMessagesJson() {
        return messagesJson;
    }
}

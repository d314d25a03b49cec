package io.prodops.governance.prd.web;

import io.prodops.governance.common.web.Json;
import io.prodops.governance.common.web.Pages;
import io.prodops.governance.common.web.RestApi;
import io.prodops.governance.common.web.Texts;

/**
 * Immutable view model of the PRD panel shell (Jira's issue view, the standalone host's issue page): only the issue
 * key, the REST base and the page link; prd-panel.js loads the PRD through the REST API and writes it with
 * textContent. Velocity may only call the getters listed in the velocity-allowlist.
 */
public final class PrdPanelView {
    public static final String TEMPLATE = "templates/prd/prd-panel.vm";
    static final String[] MESSAGE_PREFIXES = {"prodops.ui.", "prodops.panel."};

    private final Texts texts;
    private final String restBase;
    private final String issueKey;
    private final String prdPageUrl;
    private final boolean canEdit;
    private final String messagesJson;

    private PrdPanelView(Texts texts, String restBase, String issueKey, String prdPageUrl, boolean canEdit) {
        this.texts = texts;
        this.restBase = restBase;
        this.issueKey = issueKey;
        this.prdPageUrl = prdPageUrl;
        this.canEdit = canEdit;
        this.messagesJson = Json.write(texts.startingWith(MESSAGE_PREFIXES));
    }

    /**
     * @param contextPath the host's context path ("" or e.g. "/jira")
     * @param canEdit     whether the caller may create the PRD (Edit permission on the issue)
     */
    public static PrdPanelView of(Texts texts, String contextPath, String issueKey, boolean canEdit) {
        return new PrdPanelView(texts, contextPath + RestApi.BASE, issueKey, contextPath + Pages.prdPage(issueKey), canEdit);
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

    public String getPrdPageUrl() {
        return prdPageUrl;
    }

    public boolean isCanEdit() {
        return canEdit;
    }

    public String getMessagesJson() {
        return messagesJson;
    }
}

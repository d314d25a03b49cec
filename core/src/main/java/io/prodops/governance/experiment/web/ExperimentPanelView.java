package io.prodops.governance.experiment.web;

import io.prodops.governance.common.domain.IssueFacts;
import io.prodops.governance.common.web.Json;
import io.prodops.governance.common.web.Pages;
import io.prodops.governance.common.web.RestApi;
import io.prodops.governance.common.web.Texts;

import java.util.Locale;

/**
 * Immutable view model of the experiment panel shell (Jira's issue view, the standalone host's issue page) of an
 * Experiment issue: only the issue key, the REST base and the page link; experiment-panel.js loads the experiment and
 * its analysis through the REST API and writes them with textContent. Velocity may only call the getters listed in
 * the velocity-allowlist.
 */
public final class ExperimentPanelView {
    public static final String TEMPLATE = "templates/experiment/experiment-panel.vm";
    /** The name of the issue type the app creates for experiments; the panel shows on issues of this type only. */
    public static final String ISSUE_TYPE = "Experiment";
    static final String[] MESSAGE_PREFIXES = {"prodops.ui.", "prodops.exp."};

    private final Texts texts;
    private final String restBase;
    private final String issueKey;
    private final String pageUrl;
    private final boolean canEdit;
    private final String messagesJson;

    private ExperimentPanelView(Texts texts, String restBase, String issueKey, String pageUrl, boolean canEdit) {
        this.texts = texts;
        this.restBase = restBase;
        this.issueKey = issueKey;
        this.pageUrl = pageUrl;
        this.canEdit = canEdit;
        this.messagesJson = Json.write(texts.startingWith(MESSAGE_PREFIXES));
    }

    /**
     * @param contextPath the host's context path ("" or e.g. "/jira")
     * @param canEdit     whether the caller may create the experiment (Edit permission on the issue)
     */
    public static ExperimentPanelView of(Texts texts, String contextPath, String issueKey, boolean canEdit) {
        return new ExperimentPanelView(texts, contextPath + RestApi.BASE, issueKey, contextPath + Pages.experimentPage(issueKey), canEdit);
    }

    /** Whether an issue gets the experiment panel: issues of the Experiment type. */
    public static boolean appliesTo(IssueFacts issue) {
        return issue.issueType() != null && ISSUE_TYPE.toLowerCase(Locale.ROOT).equals(issue.issueType().toLowerCase(Locale.ROOT));
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

    public String getExperimentPageUrl() {
        return pageUrl;
    }

    public boolean isCanEdit() {
        return canEdit;
    }

    public String getMessagesJson() {
        return messagesJson;
    }
}

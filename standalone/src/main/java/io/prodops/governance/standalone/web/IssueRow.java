package io.prodops.governance.standalone.web;

import io.prodops.governance.common.domain.IssueFacts;

/**
 * One issue in a list of the host's issue pages (issue list, children, links, parent): an immutable view whose
 * getters are in the standalone host's velocity allowlist; the renderer escapes every value.
 */
public final class IssueRow {
    private final String key;
    private final String summary;
    private final String type;
    private final String status;
    private final String project;
    private final String url;
    private final String relation;

    IssueRow(String contextPath, IssueFacts issue, String relation) {
        this.key = issue.key();
        this.summary = issue.summary();
        this.type = issue.issueType();
        this.status = issue.status();
        this.project = issue.project().name();
        this.url = contextPath + "/browse/" + issue.key();
        this.relation = relation == null ? "" : relation;
    }

    public String getKey() {
        return key;
    }

    public String getSummary() {
        return summary;
    }

    public String getType() {
        return type;
    }

    public String getStatus() {
        return status;
    }

    public String getProject() {
        return project;
    }

    public String getUrl() {
        return url;
    }

    /** How a linked issue relates ("blocks", "is blocked by"); "" elsewhere. */
    public String getRelation() {
        return relation;
    }
}

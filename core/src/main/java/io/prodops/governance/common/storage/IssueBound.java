package io.prodops.governance.common.storage;

import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;

/**
 * Columns of every row that belongs to a Jira issue: the issue id and its project id (never the key: keys change when
 * issues move), so data can be found per issue and per project. Entities extend it; it is not an entity itself.
 */
public interface IssueBound {
    @NotNull
    long getIssueId();

    void setIssueId(long issueId);

    @NotNull
    @Indexed
    long getProjectId();

    void setProjectId(long projectId);
}

package io.prodops.governance.common.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the app needs to know about a host issue. Aggregates store {@link #id()} and {@link #project()} id,
 * never the key: keys change when an issue moves between projects.
 *
 * @param parentId the parent issue (sub-task parent, epic or initiative), or null
 * @param assignee the assignee's user key, or null
 */
public record IssueFacts(long id, String key, String summary, ProjectRef project, String issueType, String status,
                         StatusCategory statusCategory, String assignee, LocalDate dueDate, Long parentId) {
    public IssueFacts {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(statusCategory, "statusCategory");
    }
}

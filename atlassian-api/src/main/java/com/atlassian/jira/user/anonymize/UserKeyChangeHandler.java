package com.atlassian.jira.user.anonymize;

import java.util.Collection;

/** Declaration. Source: research-notes.md §1.2 (docs.atlassian.com/software/jira/docs/api/10.2.0/com/atlassian/jira/user/anonymize/UserKeyChangeHandler.html). */
public interface UserKeyChangeHandler extends AnonymizationHandler<UserPropertyChangeParameter> {
    Collection<AffectedEntity> getAffectedEntities(UserPropertyChangeParameter parameter);
}

package io.prodops.governance.common.port;

import io.prodops.governance.common.domain.IssueFacts;
import io.prodops.governance.common.domain.UserRef;

/**
 * Port: the host's permission decisions. A null user is the anonymous caller (Jira: only what anonymous Browse
 * permission allows).
 */
public interface AccessPolicy {
    boolean canBrowse(UserRef user, IssueFacts issue);

    boolean canEdit(UserRef user, IssueFacts issue);

    /** Jira administrator (or system administrator). */
    boolean isAdmin(UserRef user);
}

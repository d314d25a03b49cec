package io.prodops.governance.jira.user;

import com.atlassian.jira.user.ApplicationUser;
import io.prodops.governance.common.domain.UserRef;

/** Conversion of Jira users to the app's user references (by key: names and e-mails change or get anonymized). */
public final class JiraUsers {
    private JiraUsers() {
    }

    public static UserRef toRef(ApplicationUser user) {
        return new UserRef(user.getKey(), user.getDisplayName());
    }
}

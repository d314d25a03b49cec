package io.prodops.governance.jira.user;

import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.prodops.governance.common.domain.UserRef;
import io.prodops.governance.common.port.UserDirectory;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Optional;

/** {@link UserDirectory} over Jira's {@code UserManager} and {@code GroupManager}. */
@Named
public class JiraUserDirectory implements UserDirectory {
    private final UserManager users;
    private final GroupManager groups;

    @Inject
    public JiraUserDirectory(@ComponentImport UserManager users, @ComponentImport GroupManager groups) {
        this.users = users;
        this.groups = groups;
    }

    @Override
    public Optional<UserRef> findByKey(String userKey) {
        if (userKey == null || userKey.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(users.getUserByKey(userKey)).map(JiraUsers::toRef);
    }

    @Override
    public boolean isInGroup(String userKey, String groupName) {
        if (userKey == null || groupName == null || groupName.isBlank()) {
            return false;
        }
        ApplicationUser user = users.getUserByKey(userKey);
        return user != null && groups.isUserInGroup(user, groupName);
    }
}

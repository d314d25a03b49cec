package io.prodops.governance.common.domain;

import io.prodops.governance.common.port.AccessPolicy;
import io.prodops.governance.common.port.CurrentUser;
import io.prodops.governance.common.port.IssueDirectory;
import io.prodops.governance.common.port.UserDirectory;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Optional;

/**
 * The permission model every endpoint and page applies (docs/rest-conventions.md):
 * <ul>
 *   <li>anonymous callers get 401, unless the host's anonymous Browse permission covers the issue (read-only);</li>
 *   <li>an issue the caller may not browse is answered exactly like a missing one (404 ISSUE_NOT_FOUND);</li>
 *   <li>editors have Edit permission on the issue; ops managers are in the configured group or Jira admins.</li>
 * </ul>
 */
@Named
public class Access {
    private final CurrentUser currentUser;
    private final IssueDirectory issues;
    private final AccessPolicy policy;
    private final UserDirectory users;
    private final SettingsRepository settings;

    @Inject
    public Access(CurrentUser currentUser, IssueDirectory issues, AccessPolicy policy, UserDirectory users, SettingsRepository settings) {
        this.currentUser = currentUser;
        this.issues = issues;
        this.policy = policy;
        this.users = users;
        this.settings = settings;
    }

    public Optional<UserRef> caller() {
        return currentUser.get();
    }

    public UserRef requireUser() {
        return currentUser.get().orElseThrow(NotAuthenticatedException::new);
    }

    /** The issue, if the caller may browse it; anonymous callers without anonymous access get 401, others 404. */
    public IssueFacts requireBrowsable(String issueKey) {
        UserRef user = currentUser.get().orElse(null);
        Optional<IssueFacts> issue = issues.findByKey(issueKey).filter(i -> policy.canBrowse(user, i));
        if (issue.isEmpty()) {
            if (user == null) {
                throw new NotAuthenticatedException();
            }
            throw NotFoundException.issue(issueKey);
        }
        return issue.get();
    }

    /** The issue, if the caller may edit it (browse first, so a hidden issue still answers 404). */
    public IssueFacts requireEditable(String issueKey) {
        IssueFacts issue = requireBrowsable(issueKey);
        UserRef user = requireUser();
        if (!policy.canEdit(user, issue)) {
            throw new AccessDeniedException("You need Edit permission on " + issue.key() + " to do this.");
        }
        return issue;
    }

    /** Whether the caller may edit the issue: what pages use to show editing controls (the REST API checks again). */
    public boolean canEdit(String issueKey) {
        try {
            requireEditable(issueKey);
            return true;
        } catch (GovernanceException e) {
            return false;
        }
    }

    public boolean isAdmin(UserRef user) {
        return user != null && policy.isAdmin(user);
    }

    public boolean isOpsManager(UserRef user) {
        return user != null && (policy.isAdmin(user) || users.isInGroup(user.key(), settings.load().opsGroup()));
    }

    public UserRef requireOpsManager() {
        UserRef user = requireUser();
        if (!isOpsManager(user)) {
            throw new AccessDeniedException("Only ops managers (members of the configured ops group) and Jira admins can do this.");
        }
        return user;
    }

    public UserRef requireAdmin() {
        UserRef user = requireUser();
        if (!isAdmin(user)) {
            throw new AccessDeniedException("Only Jira administrators can do this.");
        }
        return user;
    }
}

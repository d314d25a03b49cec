package io.prodops.governance.jira.security;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.prodops.governance.common.domain.IssueFacts;
import io.prodops.governance.common.domain.UserRef;
import io.prodops.governance.common.port.AccessPolicy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * {@link AccessPolicy} with Jira's permission checks: Browse Projects / Edit Issues on the issue (issue security
 * included), and the Jira Administrators global permission (system administrators have it too). A user key that no
 * longer resolves (deleted or anonymized user) is denied everything; a null user is the anonymous caller.
 */
@Named
public class JiraAccessPolicy implements AccessPolicy {
    private final PermissionManager permissions;
    private final GlobalPermissionManager globalPermissions;
    private final IssueManager issues;
    private final UserManager users;

    @Inject
    public JiraAccessPolicy(@ComponentImport PermissionManager permissions, @ComponentImport GlobalPermissionManager globalPermissions,
                            @ComponentImport IssueManager issues, @ComponentImport UserManager users) {
        this.permissions = permissions;
        this.globalPermissions = globalPermissions;
        this.issues = issues;
        this.users = users;
    }

    @Override
    public boolean canBrowse(UserRef user, IssueFacts issue) {
        return hasIssuePermission(ProjectPermissions.BROWSE_PROJECTS, user, issue);
    }

    @Override
    public boolean canEdit(UserRef user, IssueFacts issue) {
        return user != null && hasIssuePermission(ProjectPermissions.EDIT_ISSUES, user, issue);
    }

    @Override
    public boolean isAdmin(UserRef user) {
        if (user == null) {
            return false;
        }
        ApplicationUser jiraUser = users.getUserByKey(user.key());
        return jiraUser != null && globalPermissions.hasPermission(GlobalPermissionKey.ADMINISTER, jiraUser);
    }

    private boolean hasIssuePermission(ProjectPermissionKey permission, UserRef user, IssueFacts facts) {
        ApplicationUser jiraUser = null;
        if (user != null) {
            jiraUser = users.getUserByKey(user.key());
            if (jiraUser == null) {
                return false;
            }
        }
        Issue issue = issues.getIssueObject(facts.id());
        return issue != null && permissions.hasPermission(permission, issue, jiraUser);
    }
}

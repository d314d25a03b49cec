package io.prodops.governance.jira.security;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.prodops.governance.common.domain.IssueFacts;
import io.prodops.governance.common.domain.ProjectRef;
import io.prodops.governance.common.domain.StatusCategory;
import io.prodops.governance.common.domain.UserRef;
import org.junit.Before;
import org.junit.Test;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class JiraAccessPolicyTest {
    private static final IssueFacts ISSUE = new IssueFacts(10L, "ABC-1", "s", new ProjectRef(1L, "ABC", "Alpha"), "Story", "Open",
            StatusCategory.TO_DO, null, null, null);
    private static final UserRef ALICE = new UserRef("alice", "Alice");

    private final PermissionManager permissions = mock(PermissionManager.class);
    private final GlobalPermissionManager globalPermissions = mock(GlobalPermissionManager.class);
    private final IssueManager issues = mock(IssueManager.class);
    private final UserManager users = mock(UserManager.class);
    private final JiraAccessPolicy policy = new JiraAccessPolicy(permissions, globalPermissions, issues, users);
    private final MutableIssue issue = mock(MutableIssue.class);
    private final ApplicationUser alice = mock(ApplicationUser.class);

    @Before
    public void jira() {
        when(issues.getIssueObject(10L)).thenReturn(issue);
        when(users.getUserByKey("alice")).thenReturn(alice);
    }

    @Test
    public void browseIsJirasBrowseProjectsPermissionOnTheIssue() {
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, alice)).thenReturn(true);

        assertTrue(policy.canBrowse(ALICE, ISSUE));
        assertFalse(policy.canEdit(ALICE, ISSUE));
    }

    @Test
    public void editIsJirasEditIssuesPermission() {
        when(permissions.hasPermission(ProjectPermissions.EDIT_ISSUES, issue, alice)).thenReturn(true);

        assertTrue(policy.canEdit(ALICE, ISSUE));
    }

    @Test
    public void anonymousBrowseAsksJiraForTheAnonymousUser() {
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, null)).thenReturn(true);

        assertTrue(policy.canBrowse(null, ISSUE));
        assertFalse(policy.canEdit(null, ISSUE));
        verify(permissions, never()).hasPermission(ProjectPermissions.EDIT_ISSUES, issue, null);
    }

    @Test
    public void aUserJiraNoLongerKnowsIsDeniedNotTreatedAsAnonymous() {
        when(permissions.hasPermission(any(), any(), any())).thenReturn(true);

        assertFalse(policy.canBrowse(new UserRef("gone", "Gone"), ISSUE));
        assertFalse(policy.isAdmin(new UserRef("gone", "Gone")));
    }

    @Test
    public void aMissingIssueCannotBeBrowsed() {
        when(permissions.hasPermission(any(), any(), any())).thenReturn(true);
        IssueFacts moved = new IssueFacts(11L, "ABC-2", "s", new ProjectRef(1L, "ABC", "Alpha"), null, null, StatusCategory.TO_DO, null, null, null);

        assertFalse(policy.canBrowse(ALICE, moved));
    }

    @Test
    public void adminIsTheJiraAdministratorsGlobalPermission() {
        when(globalPermissions.hasPermission(GlobalPermissionKey.ADMINISTER, alice)).thenReturn(true);

        assertTrue(policy.isAdmin(ALICE));
        assertFalse(policy.isAdmin(null));
    }
}

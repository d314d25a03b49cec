package io.prodops.governance.jira.user;

import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.prodops.governance.common.domain.UserRef;
import org.junit.Test;

import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class JiraUserDirectoryTest {
    private final UserManager userManager = mock(UserManager.class);
    private final GroupManager groupManager = mock(GroupManager.class);
    private final JiraUserDirectory directory = new JiraUserDirectory(userManager, groupManager);

    @Test
    public void usersAreFoundByKey() {
        ApplicationUser alice = user("JIRAUSER10001", "Alice Adams");
        when(userManager.getUserByKey("JIRAUSER10001")).thenReturn(alice);

        assertEquals(Optional.of(new UserRef("JIRAUSER10001", "Alice Adams")), directory.findByKey("JIRAUSER10001"));
        assertEquals(Optional.empty(), directory.findByKey("gone"));
    }

    @Test
    public void aDeletedUserResolvesToTheirKey() {
        assertEquals(new UserRef("gone", "gone"), directory.resolve("gone"));
    }

    @Test
    public void groupMembershipIsJirasAnswer() {
        ApplicationUser alice = user("alice", "Alice");
        when(userManager.getUserByKey("alice")).thenReturn(alice);
        when(groupManager.isUserInGroup(alice, "ops-managers")).thenReturn(true);

        assertTrue(directory.isInGroup("alice", "ops-managers"));
        assertFalse(directory.isInGroup("alice", "jira-administrators"));
    }

    @Test
    public void noGroupOrNoUserIsNoMembership() {
        assertFalse(directory.isInGroup("alice", null));
        assertFalse(directory.isInGroup("alice", " "));
        assertFalse(directory.isInGroup("gone", "ops-managers"));
        verify(groupManager, never()).isUserInGroup(any(), anyString());
    }

    static ApplicationUser user(String key, String displayName) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        when(user.getDisplayName()).thenReturn(displayName);
        return user;
    }
}

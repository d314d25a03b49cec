package io.prodops.governance.jira.user;

import com.atlassian.jira.security.JiraAuthenticationContext;
import io.prodops.governance.common.domain.UserRef;
import org.junit.Test;

import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

public class JiraCurrentUserTest {
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final JiraCurrentUser currentUser = new JiraCurrentUser(authentication);

    @Test
    public void theLoggedInUserByKey() {
        com.atlassian.jira.user.ApplicationUser bob = JiraUserDirectoryTest.user("JIRAUSER10002", "Bob");
        when(authentication.getLoggedInUser()).thenReturn(bob);

        assertEquals(Optional.of(new UserRef("JIRAUSER10002", "Bob")), currentUser.get());
    }

    @Test
    public void anonymousIsEmpty() {
        assertEquals(Optional.empty(), currentUser.get());
    }
}

package io.prodops.governance.common.domain;

import io.prodops.governance.common.port.AccessPolicy;
import io.prodops.governance.common.port.CurrentUser;
import io.prodops.governance.common.port.IssueDirectory;
import io.prodops.governance.common.port.UserDirectory;
import org.junit.Before;
import org.junit.Test;

import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

public class AccessTest {
    private static final UserRef PETE = new UserRef("pete", "Pete PM");
    private static final UserRef VIC = new UserRef("vic", "Vic Viewer");
    private static final UserRef OLGA = new UserRef("olga", "Olga Ops");
    private static final UserRef ADMIN = new UserRef("admin", "Admin");
    private static final IssueFacts INITIATIVE = new IssueFacts(10001, "GROW-1", "Checkout v2", new ProjectRef(10000, "GROW", "Growth"),
            "Initiative", "In Progress", StatusCategory.IN_PROGRESS, "pete", null, null);

    private CurrentUser currentUser;
    private IssueDirectory issues;
    private AccessPolicy policy;
    private UserDirectory users;
    private Access access;

    @Before
    public void setUp() {
        currentUser = mock(CurrentUser.class);
        issues = mock(IssueDirectory.class);
        policy = mock(AccessPolicy.class);
        users = mock(UserDirectory.class);
        SettingsRepository settings = mock(SettingsRepository.class);
        when(settings.load()).thenReturn(new AppSettings("prodops-managers", 3, "admin", null));
        when(issues.findByKey("GROW-1")).thenReturn(Optional.of(INITIATIVE));
        when(issues.findByKey("NOPE-1")).thenReturn(Optional.empty());
        when(policy.canBrowse(any(UserRef.class), eq(INITIATIVE))).thenAnswer(i -> i.getArgument(0) != null);
        when(policy.canEdit(PETE, INITIATIVE)).thenReturn(true);
        when(policy.isAdmin(ADMIN)).thenReturn(true);
        when(users.isInGroup("olga", "prodops-managers")).thenReturn(true);
        access = new Access(currentUser, issues, policy, users, settings);
    }

    @Test
    public void anonymousCallersAreAskedToLogInUnlessAnonymousBrowseCoversTheIssue() {
        when(currentUser.get()).thenReturn(Optional.empty());
        expect(NotAuthenticatedException.class, () -> access.requireBrowsable("GROW-1"));
        expect(NotAuthenticatedException.class, () -> access.requireUser());

        when(policy.canBrowse(isNull(), eq(INITIATIVE))).thenReturn(true);
        assertSame(INITIATIVE, access.requireBrowsable("GROW-1"));
        expect(NotAuthenticatedException.class, () -> access.requireEditable("GROW-1"));
    }

    @Test
    public void aHiddenIssueIsAnsweredLikeAMissingOne() {
        as(VIC);
        when(policy.canBrowse(VIC, INITIATIVE)).thenReturn(false);
        NotFoundException hidden = expect(NotFoundException.class, () -> access.requireBrowsable("GROW-1"));
        NotFoundException missing = expect(NotFoundException.class, () -> access.requireBrowsable("NOPE-1"));
        assertEquals("ISSUE_NOT_FOUND", hidden.code());
        assertEquals(missing.code(), hidden.code());
    }

    @Test
    public void viewersReadButOnlyEditorsEdit() {
        as(VIC);
        assertSame(INITIATIVE, access.requireBrowsable("GROW-1"));
        expect(AccessDeniedException.class, () -> access.requireEditable("GROW-1"));
        as(PETE);
        assertSame(INITIATIVE, access.requireEditable("GROW-1"));
    }

    @Test
    public void opsManagersAreTheConfiguredGroupAndAdmins() {
        assertTrue(access.isOpsManager(OLGA));
        assertTrue(access.isOpsManager(ADMIN));
        assertFalse(access.isOpsManager(PETE));
        assertFalse(access.isOpsManager(null));
        as(PETE);
        expect(AccessDeniedException.class, () -> access.requireOpsManager());
        as(OLGA);
        assertSame(OLGA, access.requireOpsManager());
        expect(AccessDeniedException.class, () -> access.requireAdmin());
        as(ADMIN);
        assertSame(ADMIN, access.requireAdmin());
    }

    private void as(UserRef user) {
        when(currentUser.get()).thenReturn(Optional.of(user));
    }

    private static <T extends Throwable> T expect(Class<T> type, Runnable action) {
        try {
            action.run();
        } catch (Throwable t) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            throw new AssertionError("expected " + type.getSimpleName() + " but got " + t, t);
        }
        fail("expected " + type.getSimpleName());
        return null;
    }
}

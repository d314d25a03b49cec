package io.prodops.governance.standalone.host;

import io.prodops.governance.common.domain.IssueFacts;
import io.prodops.governance.common.domain.UserRef;
import io.prodops.governance.common.port.AccessPolicy;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Set;

/**
 * {@link AccessPolicy} like a Jira permission scheme: project permissions (BROWSE, EDIT) granted to groups in
 * HOST_PERMISSION; members of {@value #ADMINS} or {@value #SYSADMINS} may do everything. Anonymous callers get
 * only what is granted to the pseudo-group {@value #ANYONE} (the demo data grants nothing to it).
 */
public final class HostAccessPolicy implements AccessPolicy {
    public static final String ADMINS = "jira-administrators";
    public static final String SYSADMINS = "jira-system-administrators";
    public static final String ANYONE = "*anyone";
    public static final String BROWSE = "BROWSE";
    public static final String EDIT = "EDIT";

    private final HostDatabase db;
    private final HostUserDirectory users;

    public HostAccessPolicy(HostDatabase db, HostUserDirectory users) {
        this.db = db;
        this.users = users;
    }

    @Override
    public boolean canBrowse(UserRef user, IssueFacts issue) {
        return isAdmin(user) || projectsWith(user, BROWSE).contains(issue.project().id());
    }

    @Override
    public boolean canEdit(UserRef user, IssueFacts issue) {
        return isAdmin(user) || (canBrowse(user, issue) && projectsWith(user, EDIT).contains(issue.project().id()));
    }

    @Override
    public boolean isAdmin(UserRef user) {
        return user != null && (users.isInGroup(user.key(), ADMINS) || users.isInGroup(user.key(), SYSADMINS));
    }

    public boolean isSystemAdmin(UserRef user) {
        return user != null && users.isInGroup(user.key(), SYSADMINS);
    }

    /** Ids of the projects where {@code user} (null: anonymous) holds {@code permission}; every project for admins. */
    public Set<Long> projectsWith(UserRef user, String permission) {
        boolean admin = isAdmin(user);
        return db.read(c -> {
            String sql = admin ? "SELECT ID FROM HOST_PROJECT"
                    : "SELECT DISTINCT P.PROJECT_ID FROM HOST_PERMISSION P WHERE P.PERMISSION = ? AND (P.GROUP_NAME = '" + ANYONE + "'"
                    + (user == null ? ")" : " OR P.GROUP_NAME IN (SELECT M.GROUP_NAME FROM HOST_GROUP_MEMBER M WHERE M.USER_KEY = ?))");
            try (PreparedStatement s = c.prepareStatement(sql)) {
                if (!admin) {
                    s.setString(1, permission);
                    if (user != null) {
                        s.setString(2, user.key());
                    }
                }
                Set<Long> ids = new HashSet<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        ids.add(r.getLong(1));
                    }
                }
                return ids;
            }
        });
    }
}

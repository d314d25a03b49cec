package io.prodops.governance.standalone.host;

import io.prodops.governance.common.domain.UserRef;
import io.prodops.governance.common.port.UserDirectory;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/** {@link UserDirectory} over HOST_USER / HOST_GROUP_MEMBER, plus password checks for the host's login. */
public final class HostUserDirectory implements UserDirectory {
    private final HostDatabase db;

    public HostUserDirectory(HostDatabase db) {
        this.db = db;
    }

    @Override
    public Optional<UserRef> findByKey(String userKey) {
        if (userKey == null) {
            return Optional.empty();
        }
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT USER_KEY, DISPLAY_NAME FROM HOST_USER WHERE USER_KEY = ? AND ACTIVE")) {
                s.setString(1, userKey);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(new UserRef(r.getString(1), r.getString(2))) : Optional.empty();
                }
            }
        });
    }

    @Override
    public boolean isInGroup(String userKey, String groupName) {
        if (userKey == null || groupName == null) {
            return false;
        }
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT 1 FROM HOST_GROUP_MEMBER WHERE USER_KEY = ? AND LOWER(GROUP_NAME) = LOWER(?)")) {
                s.setString(1, userKey);
                s.setString(2, groupName);
                try (ResultSet r = s.executeQuery()) {
                    return r.next();
                }
            }
        });
    }

    /** The active user with this username (case-insensitive, like Jira) and password. */
    public Optional<UserRef> authenticate(String username, String password) {
        if (username == null || password == null || username.isBlank()) {
            return Optional.empty();
        }
        record Row(UserRef user, String hash) {
        }
        Optional<Row> row = db.read(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT USER_KEY, DISPLAY_NAME, PASSWORD_HASH FROM HOST_USER WHERE LOWER(USERNAME) = LOWER(?) AND ACTIVE")) {
                s.setString(1, username.strip());
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(new Row(new UserRef(r.getString(1), r.getString(2)), r.getString(3))) : Optional.empty();
                }
            }
        });
        if (row.isEmpty()) {
            Passwords.matches(password, DUMMY_HASH); // same work for unknown users: no user enumeration by timing
            return Optional.empty();
        }
        return Passwords.matches(password, row.get().hash()) ? Optional.of(row.get().user()) : Optional.empty();
    }

    private static final String DUMMY_HASH = Passwords.hash("not-a-user");
}

package io.prodops.governance.testing;

import io.prodops.governance.common.domain.IssueFacts;
import io.prodops.governance.common.domain.UserRef;
import io.prodops.governance.common.port.AccessPolicy;
import io.prodops.governance.common.port.UserDirectory;

import java.util.Map;
import java.util.Optional;

/** Host-port stand-ins the storage fixtures share: known users (in no group), one editor, one outsider who browses nothing. */
public final class FixturePorts {
    private FixturePorts() {
    }

    public static UserDirectory users(Map<String, UserRef> byKey) {
        return new UserDirectory() {
            @Override
            public Optional<UserRef> findByKey(String userKey) {
                return Optional.ofNullable(byKey.get(userKey));
            }

            @Override
            public boolean isInGroup(String userKey, String groupName) {
                return false;
            }
        };
    }

    /** Every logged-in user but {@code outsider} browses every issue; only {@code editor} edits; nobody is admin. */
    public static AccessPolicy editorOnly(UserRef editor, UserRef outsider) {
        return new AccessPolicy() {
            @Override
            public boolean canBrowse(UserRef user, IssueFacts issue) {
                return user != null && !user.equals(outsider);
            }

            @Override
            public boolean canEdit(UserRef user, IssueFacts issue) {
                return editor.equals(user);
            }

            @Override
            public boolean isAdmin(UserRef user) {
                return false;
            }
        };
    }
}

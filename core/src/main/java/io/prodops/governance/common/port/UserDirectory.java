package io.prodops.governance.common.port;

import io.prodops.governance.common.domain.UserRef;

import java.util.Optional;

/** Port: the host's users, always addressed by user key. */
public interface UserDirectory {
    Optional<UserRef> findByKey(String userKey);

    boolean isInGroup(String userKey, String groupName);

    /** Shown for a stored user key whose user no longer exists (deleted or anonymized). */
    default UserRef resolve(String userKey) {
        return findByKey(userKey).orElseGet(() -> new UserRef(userKey, userKey));
    }
}

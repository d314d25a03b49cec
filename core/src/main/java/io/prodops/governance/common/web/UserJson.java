package io.prodops.governance.common.web;

import io.prodops.governance.common.domain.UserRef;

/** A user in responses: {@code {"key", "displayName"}}. */
public record UserJson(String key, String displayName) {
    public static UserJson of(UserRef user) {
        return user == null ? null : new UserJson(user.key(), user.displayName());
    }
}

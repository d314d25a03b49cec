package io.prodops.governance.common.domain;

import java.util.Objects;

/** A host user as the app refers to it: by the stable user key only (names and e-mails change or get anonymized). */
public record UserRef(String key, String displayName) {
    public UserRef {
        Objects.requireNonNull(key, "key");
        displayName = displayName == null || displayName.isBlank() ? key : displayName;
    }
}

package io.prodops.governance.standalone.host;

import io.prodops.governance.common.domain.UserRef;
import io.prodops.governance.common.port.CurrentUser;

import java.util.Optional;

/** {@link CurrentUser}: the user the host's auth filter authenticated for the request this thread serves. */
public final class RequestCurrentUser implements CurrentUser {
    private final ThreadLocal<UserRef> current = new ThreadLocal<>();

    @Override
    public Optional<UserRef> get() {
        return Optional.ofNullable(current.get());
    }

    public void bind(UserRef user) {
        current.set(user);
    }

    public void clear() {
        current.remove();
    }
}

package io.prodops.governance.common.port;

import io.prodops.governance.common.domain.UserRef;

import java.util.Optional;

/** Port: who is calling, as authenticated by the host. Empty for anonymous requests. */
public interface CurrentUser {
    Optional<UserRef> get();
}

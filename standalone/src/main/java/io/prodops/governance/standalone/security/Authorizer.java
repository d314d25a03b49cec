package io.prodops.governance.standalone.security;

import io.prodops.governance.common.domain.UserRef;
import io.prodops.governance.standalone.host.HostAccessPolicy;

import java.util.Optional;

/** Decides whether the caller passes an endpoint's {@link AccessLevel}. */
public final class Authorizer {
    public enum Decision { ALLOW, NOT_AUTHENTICATED, FORBIDDEN }

    private final HostAccessPolicy policy;
    private final boolean anonymousSiteAccess;

    public Authorizer(HostAccessPolicy policy, boolean anonymousSiteAccess) {
        this.policy = policy;
        this.anonymousSiteAccess = anonymousSiteAccess;
    }

    /** {@code level} empty: the endpoint declares no security annotation and is refused. */
    public Decision decide(Optional<AccessLevel> level, Optional<UserRef> caller) {
        if (level.isEmpty()) {
            return Decision.FORBIDDEN;
        }
        UserRef user = caller.orElse(null);
        return switch (level.get()) {
            case UNRESTRICTED -> Decision.ALLOW;
            case ANONYMOUS_SITE -> user != null || anonymousSiteAccess ? Decision.ALLOW : Decision.NOT_AUTHENTICATED;
            case LOGGED_IN -> user != null ? Decision.ALLOW : Decision.NOT_AUTHENTICATED;
            case ADMIN -> user == null ? Decision.NOT_AUTHENTICATED : policy.isAdmin(user) ? Decision.ALLOW : Decision.FORBIDDEN;
            case SYSTEM_ADMIN -> user == null ? Decision.NOT_AUTHENTICATED : policy.isSystemAdmin(user) ? Decision.ALLOW : Decision.FORBIDDEN;
        };
    }
}

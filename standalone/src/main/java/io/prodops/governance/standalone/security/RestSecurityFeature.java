package io.prodops.governance.standalone.security;

import io.prodops.governance.common.domain.FieldError;
import io.prodops.governance.common.port.CurrentUser;
import io.prodops.governance.common.web.ApiError;
import io.prodops.governance.common.web.ErrorResponses;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;

/**
 * Enforces the Platform-8 security annotations on every REST resource method, before any app code (and before
 * core's own checks and XsrfGuard) runs. A method without an annotation is refused with 403 (so are Jersey's
 * generated OPTIONS handlers, which declare none).
 */
public final class RestSecurityFeature implements DynamicFeature {
    private static final Logger LOG = LoggerFactory.getLogger(RestSecurityFeature.class);

    private final Authorizer authorizer;
    private final CurrentUser currentUser;

    public RestSecurityFeature(Authorizer authorizer, CurrentUser currentUser) {
        this.authorizer = authorizer;
        this.currentUser = currentUser;
    }

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        if (resource.getResourceClass() == null || resource.getResourceMethod() == null) {
            return;
        }
        Optional<AccessLevel> level = AccessLevel.of(resource.getResourceMethod(), resource.getResourceClass());
        String endpoint = resource.getResourceClass().getName() + "#" + resource.getResourceMethod().getName();
        if (level.isEmpty() && !resource.getResourceClass().getName().startsWith("org.glassfish.jersey.")) {
            LOG.warn("REST endpoint {} declares no (or contradictory) security annotations: every call is refused", endpoint);
        }
        context.register(new Guard(level, endpoint), Priorities.AUTHENTICATION);
    }

    @Priority(Priorities.AUTHENTICATION)
    private final class Guard implements ContainerRequestFilter {
        private final Optional<AccessLevel> level;
        private final String endpoint;

        Guard(Optional<AccessLevel> level, String endpoint) {
            this.level = level;
            this.endpoint = endpoint;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            switch (authorizer.decide(level, currentUser.get())) {
                case ALLOW -> {
                }
                case NOT_AUTHENTICATED -> request.abortWith(ErrorResponses.of(401,
                        new ApiError("NOT_AUTHENTICATED", "Log in to do this.", List.<FieldError>of(), null)));
                case FORBIDDEN -> request.abortWith(ErrorResponses.of(403, new ApiError("FORBIDDEN", level.isEmpty()
                        ? "This endpoint declares no security annotation and is refused (secure by default)."
                        : "You do not have permission to do this.", List.<FieldError>of(), null)));
            }
        }
    }
}

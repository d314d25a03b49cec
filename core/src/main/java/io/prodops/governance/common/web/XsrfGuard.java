package io.prodops.governance.common.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

import java.util.List;
import java.util.Set;

/**
 * State-changing requests must carry a body type a cross-site HTML form or a no-CORS fetch cannot send:
 * {@code application/json} (or {@code text/csv} for uploads). form-urlencoded, multipart, text/plain and a missing
 * Content-Type are refused with 415 before any resource runs. This complements, not replaces, the host's XSRF
 * checks (Jira's REST XSRF filter; every write also uses {@code @Consumes}).
 */
@Provider
public class XsrfGuard implements ContainerRequestFilter {
    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final List<MediaType> ACCEPTED = List.of(MediaType.APPLICATION_JSON_TYPE, new MediaType("text", "csv"));

    @Override
    public void filter(ContainerRequestContext request) {
        if (!STATE_CHANGING.contains(request.getMethod())) {
            return;
        }
        MediaType type = request.getMediaType();
        if (type == null) {
            if ("DELETE".equals(request.getMethod()) && !request.hasEntity()) {
                return; // a bodiless DELETE cannot be sent cross-site without a CORS preflight
            }
            request.abortWith(refusal("(none)"));
            return;
        }
        boolean accepted = ACCEPTED.stream().anyMatch(a -> a.isCompatible(type) && !type.isWildcardType() && !type.isWildcardSubtype());
        if (!accepted) {
            request.abortWith(refusal(type.getType() + "/" + type.getSubtype()));
        }
    }

    private static jakarta.ws.rs.core.Response refusal(String type) {
        return ErrorResponses.of(415, new ApiError("UNSUPPORTED_CONTENT_TYPE",
                "Send the request body as application/json (CSV uploads as text/csv); " + type + " is not accepted for changes.",
                List.of(new io.prodops.governance.common.domain.FieldError("Content-Type", "must be application/json", null, null)), null));
    }
}

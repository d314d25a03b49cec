package io.prodops.governance.common.web;

import io.prodops.governance.common.domain.AccessDeniedException;
import io.prodops.governance.common.domain.ConflictException;
import io.prodops.governance.common.domain.GovernanceException;
import io.prodops.governance.common.domain.NotAuthenticatedException;
import io.prodops.governance.common.domain.NotFoundException;
import io.prodops.governance.common.domain.PayloadTooLargeException;
import io.prodops.governance.common.domain.RevisionInfo;
import io.prodops.governance.common.domain.ValidationException;
import io.prodops.governance.common.port.UserDirectory;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** Turns domain failures into the documented HTTP status and {@link ApiError} body. */
@Named
public class ErrorResponses {
    public static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");

    private final UserDirectory users;

    @Inject
    public ErrorResponses(UserDirectory users) {
        this.users = users;
    }

    public Response toResponse(GovernanceException e) {
        int status = statusOf(e);
        List<io.prodops.governance.common.domain.FieldError> errors = e instanceof ValidationException v ? v.errors() : List.of();
        ApiError.Current current = null;
        if (e instanceof ConflictException c && c.current() != null) {
            RevisionInfo info = c.current();
            current = new ApiError.Current(info.revision(),
                    info.updatedBy() == null ? null : UserJson.of(users.resolve(info.updatedBy())),
                    info.updatedAt() == null ? null : info.updatedAt().toString());
        }
        return of(status, new ApiError(e.code(), e.getMessage(), errors, current));
    }

    public static Response of(int status, ApiError error) {
        return Response.status(status).type(JSON).entity(Json.write(error)).build();
    }

    static int statusOf(GovernanceException e) {
        if (e instanceof ValidationException) {
            return 400;
        } else if (e instanceof NotAuthenticatedException) {
            return 401;
        } else if (e instanceof AccessDeniedException) {
            return 403;
        } else if (e instanceof NotFoundException) {
            return 404;
        } else if (e instanceof ConflictException) {
            return 409;
        } else if (e instanceof PayloadTooLargeException) {
            return 413;
        }
        return 500;
    }
}

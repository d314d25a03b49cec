package io.prodops.governance.common.web;

import io.prodops.governance.common.domain.FieldError;

import java.util.List;

/**
 * The error body of every REST endpoint (docs/rest-conventions.md):
 * {@code {"error": CODE, "message", "errors": [{"field", "message", "row"?, "column"?}], "current"?}}.
 */
public record ApiError(String error, String message, List<FieldError> errors, Current current) {
    public ApiError {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** The state a stale write collided with; present on every 409. */
    public record Current(int revision, UserJson updatedBy, String updatedAt) {
    }
}

package io.prodops.governance.common.domain;

import java.util.List;
import java.util.stream.Collectors;

/** Input that breaks a rule. Names every offending field. */
public final class ValidationException extends GovernanceException {
    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super("VALIDATION_FAILED", errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public static ValidationException of(String field, String message) {
        return new ValidationException(List.of(FieldError.of(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}

package io.prodops.governance.common.domain;

import java.util.List;

/**
 * Paging of list endpoints: {@code page} is zero-based, {@code size} is between 1 and {@link #MAX_SIZE}.
 * Out-of-range values are a client error, not silently clamped.
 */
public record PageRequest(int page, int size) {
    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    public PageRequest {
        List<FieldError> errors = new java.util.ArrayList<>();
        if (page < 0) {
            errors.add(FieldError.of("page", "must be 0 or greater"));
        }
        if (size < 1 || size > MAX_SIZE) {
            errors.add(FieldError.of("size", "must be between 1 and " + MAX_SIZE));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }

    public int offset() {
        return page * size;
    }
}

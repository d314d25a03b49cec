package io.prodops.governance.common.web;

import io.prodops.governance.common.domain.ValidationException;

/**
 * Query parameters read as strings and converted here: JAX-RS answers a failed conversion with 404, where the
 * conventions promise a 400 naming the parameter.
 */
public final class QueryParams {
    private QueryParams() {
    }

    public static Integer integer(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw ValidationException.of(name, "must be a whole number");
        }
    }
}

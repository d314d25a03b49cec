package io.prodops.governance.readiness.domain;

/**
 * Whether the issue has a value in a field. {@code known == false}: the host has no such field (deleted custom field);
 * a FIELD_SET gate on it is an ERROR, not a FAIL.
 */
public record FieldValue(boolean known, boolean present) {
    public static final FieldValue UNKNOWN_FIELD = new FieldValue(false, false);

    public static FieldValue of(boolean present) {
        return new FieldValue(true, present);
    }
}

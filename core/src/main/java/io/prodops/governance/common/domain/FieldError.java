package io.prodops.governance.common.domain;

/**
 * One problem with one input field. {@code row}/{@code column} locate it in tabular input (CSV uploads, table
 * sections) and are null otherwise.
 */
public record FieldError(String field, String message, Integer row, Integer column) {
    public static FieldError of(String field, String message) {
        return new FieldError(field, message, null, null);
    }
}

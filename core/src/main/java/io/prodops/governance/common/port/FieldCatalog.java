package io.prodops.governance.common.port;

/**
 * Port: the host's issue fields, so gate sets cannot name a field that does not exist. Built-in ids the app supports:
 * {@code duedate}, {@code fixVersions}, {@code assignee}, {@code components}; custom fields as {@code customfield_NNNNN}.
 */
public interface FieldCatalog {
    /** Whether {@code fieldId} names a field of the host now. */
    boolean exists(String fieldId);

    /**
     * Whether {@code fieldId} names a date field of the host now (the portfolio's target date field must be one).
     * Hosts override this with their date custom fields; the default knows only the built-in due date.
     */
    default boolean isDateField(String fieldId) {
        return "duedate".equals(fieldId);
    }
}

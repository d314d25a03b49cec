package io.prodops.governance.common.port;

/**
 * Port: the host's issue fields, so gate sets cannot name a field that does not exist. Built-in ids the app supports:
 * {@code duedate}, {@code fixVersions}, {@code assignee}, {@code components}; custom fields as {@code customfield_NNNNN}.
 */
public interface FieldCatalog {
    /** Whether {@code fieldId} names a field of the host now. */
    boolean exists(String fieldId);
}

package io.prodops.governance.standalone.host;

import io.prodops.governance.common.port.FieldCatalog;

import java.util.Set;

/**
 * {@link FieldCatalog} of the standalone host: the built-in fields gates may name, and two demo custom fields. The
 * host keeps no other fields, so this list is all there is.
 */
public final class HostFieldCatalog implements FieldCatalog {
    public static final String RELEASE_NOTES = "customfield_10100";
    public static final String MARKETING_BRIEF = "customfield_10101";
    /** A date custom field, so the portfolio's target date field can be chosen (no demo issue sets it). */
    public static final String LAUNCH_DATE = "customfield_10102";
    static final Set<String> FIELDS = Set.of("duedate", "fixVersions", "assignee", "components", RELEASE_NOTES, MARKETING_BRIEF, LAUNCH_DATE);
    static final Set<String> DATE_FIELDS = Set.of("duedate", LAUNCH_DATE);

    @Override
    public boolean exists(String fieldId) {
        return fieldId != null && FIELDS.contains(fieldId);
    }

    @Override
    public boolean isDateField(String fieldId) {
        return fieldId != null && DATE_FIELDS.contains(fieldId);
    }
}

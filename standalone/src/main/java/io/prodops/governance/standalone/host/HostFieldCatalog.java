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
    static final Set<String> FIELDS = Set.of("duedate", "fixVersions", "assignee", "components", RELEASE_NOTES, MARKETING_BRIEF);

    @Override
    public boolean exists(String fieldId) {
        return fieldId != null && FIELDS.contains(fieldId);
    }
}

package io.prodops.governance.jira.field;

import java.util.Set;

/** The field ids readiness gates may name: Jira's built-in fields the app supports, and custom fields by id. */
final class IssueFields {
    static final String DUE_DATE = "duedate";
    static final String FIX_VERSIONS = "fixVersions";
    static final String ASSIGNEE = "assignee";
    static final String COMPONENTS = "components";
    static final Set<String> BUILT_IN = Set.of(DUE_DATE, FIX_VERSIONS, ASSIGNEE, COMPONENTS);
    static final String CUSTOM_PREFIX = "customfield_";

    private IssueFields() {
    }

    /** {@code customfield_} followed by digits only: anything else is not looked up at all. */
    static boolean isCustomFieldId(String fieldId) {
        if (fieldId == null || !fieldId.startsWith(CUSTOM_PREFIX) || fieldId.length() == CUSTOM_PREFIX.length()
                || fieldId.length() > CUSTOM_PREFIX.length() + 18) {
            return false;
        }
        for (int i = CUSTOM_PREFIX.length(); i < fieldId.length(); i++) {
            if (!Character.isDigit(fieldId.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}

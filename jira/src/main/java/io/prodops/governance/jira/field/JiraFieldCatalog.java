package io.prodops.governance.jira.field;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.prodops.governance.common.port.FieldCatalog;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * {@link FieldCatalog} over Jira: the supported built-in fields always exist; a custom field exists while
 * {@code CustomFieldManager.getCustomFieldObject("customfield_NNNNN")} finds it (Jira caches custom fields in memory).
 */
@Named
public class JiraFieldCatalog implements FieldCatalog {
    private final CustomFieldManager customFields;

    @Inject
    public JiraFieldCatalog(@ComponentImport CustomFieldManager customFields) {
        this.customFields = customFields;
    }

    @Override
    public boolean exists(String fieldId) {
        if (fieldId != null && IssueFields.BUILT_IN.contains(fieldId)) {
            return true;
        }
        return IssueFields.isCustomFieldId(fieldId) && customFields.getCustomFieldObject(fieldId) != null;
    }

    /** Jira's own date custom field types (date picker, date time picker), by their type keys. */
    static final java.util.Set<String> DATE_TYPES = java.util.Set.of("com.atlassian.jira.plugin.system.customfieldtypes:datepicker",
            "com.atlassian.jira.plugin.system.customfieldtypes:datetime");

    /**
     * Whether the field is a date: the due date, or a custom field of one of Jira's date types (the portfolio's target
     * date field must be one; {@code JiraIssueFieldValues.dates} reads them). Overrides {@code FieldCatalog.isDateField}
     * once the portfolio settings' port has it (pf-views), and until then is not called.
     */
    public boolean isDateField(String fieldId) {
        if (IssueFields.DUE_DATE.equals(fieldId)) {
            return true;
        }
        if (!IssueFields.isCustomFieldId(fieldId)) {
            return false;
        }
        com.atlassian.jira.issue.fields.CustomField field = customFields.getCustomFieldObject(fieldId);
        com.atlassian.jira.issue.customfields.CustomFieldType<?, ?> type = field == null ? null : field.getCustomFieldType();
        return type != null && DATE_TYPES.contains(type.getKey());
    }
}

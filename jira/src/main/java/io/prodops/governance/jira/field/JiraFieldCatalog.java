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
}

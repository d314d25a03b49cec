package io.prodops.governance.jira.field;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.prodops.governance.common.domain.IssueFacts;
import io.prodops.governance.readiness.domain.FieldValue;
import io.prodops.governance.readiness.domain.IssueFieldValues;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@link IssueFieldValues} over Jira: one issue load for all FIELD_SET gates of an evaluation (IssueManager reads the
 * issue without a permission check: decisions use full visibility), then each field read from that issue. A custom
 * field counts as set when its value is not null, not an empty collection or map, and not blank text.
 */
@Named
public class JiraIssueFieldValues implements IssueFieldValues {
    private final IssueManager issues;
    private final CustomFieldManager customFields;

    @Inject
    public JiraIssueFieldValues(@ComponentImport IssueManager issues, @ComponentImport CustomFieldManager customFields) {
        this.issues = issues;
        this.customFields = customFields;
    }

    @Override
    public Map<String, FieldValue> values(IssueFacts issue, Set<String> fieldIds) {
        Map<String, FieldValue> values = new LinkedHashMap<>();
        if (fieldIds.isEmpty()) {
            return values;
        }
        Issue jiraIssue = issues.getIssueObject(issue.id());
        if (jiraIssue == null) {
            throw new IllegalStateException("issue " + issue.key() + " no longer exists");
        }
        for (String fieldId : fieldIds) {
            values.put(fieldId, value(jiraIssue, fieldId));
        }
        return values;
    }

    private FieldValue value(Issue issue, String fieldId) {
        switch (fieldId) {
            case IssueFields.DUE_DATE:
                return FieldValue.of(issue.getDueDate() != null);
            case IssueFields.FIX_VERSIONS:
                return FieldValue.of(hasElements(issue.getFixVersions()));
            case IssueFields.COMPONENTS:
                return FieldValue.of(hasElements(issue.getComponents()));
            case IssueFields.ASSIGNEE:
                return FieldValue.of(issue.getAssigneeId() != null);
            default:
                if (!IssueFields.isCustomFieldId(fieldId)) {
                    return FieldValue.UNKNOWN_FIELD;
                }
                CustomField field = customFields.getCustomFieldObject(fieldId);
                return field == null ? FieldValue.UNKNOWN_FIELD : FieldValue.of(isSet(issue.getCustomFieldValue(field)));
        }
    }

    private static boolean hasElements(Collection<?> values) {
        return values != null && !values.isEmpty();
    }

    private static boolean isSet(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof Collection<?> collection) {
            return !collection.isEmpty();
        }
        if (value instanceof Map<?, ?> map) {
            return !map.isEmpty();
        }
        if (value instanceof CharSequence text) {
            return !text.toString().isBlank();
        }
        return true;
    }
}

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

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@link IssueFieldValues} over Jira: one issue load for all FIELD_SET gates of an evaluation (IssueManager reads the
 * issue without a permission check: decisions use full visibility), then each field read from that issue. A custom
 * field counts as set when its value is not null, not an empty collection or map, and not blank text.
 */
@Named
public class JiraIssueFieldValues implements IssueFieldValues {
    /** Issues loaded per {@code getIssueObjects} call. */
    static final int BATCH = 500;
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

    /**
     * The portfolio's target date: {@code duedate} from the facts (already loaded), a date custom field (date picker or
     * date-time) read from the issues loaded in batches of {@value #BATCH} ({@code IssueManager.getIssueObjects}); a
     * field this Jira does not have, or a value that is not a date, gives no date.
     */
    @Override
    public Map<Long, LocalDate> dates(Collection<IssueFacts> facts, String fieldId) {
        Map<Long, LocalDate> dates = new LinkedHashMap<>();
        if (IssueFields.DUE_DATE.equals(fieldId)) {
            facts.stream().filter(i -> i.dueDate() != null).forEach(i -> dates.put(i.id(), i.dueDate()));
            return dates;
        }
        CustomField field = fieldId != null && IssueFields.isCustomFieldId(fieldId) ? customFields.getCustomFieldObject(fieldId) : null;
        if (field == null) {
            return dates;
        }
        List<Long> ids = facts.stream().map(IssueFacts::id).distinct().toList();
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Issue> loaded = issues.getIssueObjects(ids.subList(from, Math.min(ids.size(), from + BATCH)));
            for (Issue issue : loaded == null ? List.<Issue>of() : loaded) {
                LocalDate date = issue == null ? null : toDate(issue.getCustomFieldValue(field));
                if (date != null) {
                    dates.put(issue.getId(), date);
                }
            }
        }
        return dates;
    }

    /** Jira keeps date picker values as {@code java.sql.Timestamp} at the day's start in the server's zone. */
    static LocalDate toDate(Object value) {
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toLocalDateTime().toLocalDate();
        }
        if (value instanceof java.util.Date date) {
            return date.toInstant().atZone(java.time.ZoneId.systemDefault()).toLocalDate();
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        return null;
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

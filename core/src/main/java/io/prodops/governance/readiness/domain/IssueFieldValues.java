package io.prodops.governance.readiness.domain;

import io.prodops.governance.common.domain.IssueFacts;

import java.util.Map;
import java.util.Set;

/**
 * Port: whether an issue has a value in each of some fields (built-in ids such as duedate, fixVersions, assignee,
 * components, or customfield_NNNNN), read with full visibility. One call per evaluation for all FIELD_SET gates.
 */
public interface IssueFieldValues {
    /** @return per requested field id: present or not, or {@link FieldValue#UNKNOWN_FIELD} when the host has no such field */
    Map<String, FieldValue> values(IssueFacts issue, Set<String> fieldIds);

    /**
     * The date value of one field for each of these issues (issues without a value are left out), read with full
     * visibility, for the portfolio's target date. The default knows only {@code duedate} (already in the facts);
     * hosts override it to read date custom fields, in batches.
     */
    default Map<Long, java.time.LocalDate> dates(java.util.Collection<IssueFacts> issues, String fieldId) {
        Map<Long, java.time.LocalDate> out = new java.util.LinkedHashMap<>();
        if ("duedate".equals(fieldId)) {
            issues.stream().filter(i -> i.dueDate() != null).forEach(i -> out.put(i.id(), i.dueDate()));
        }
        return out;
    }
}

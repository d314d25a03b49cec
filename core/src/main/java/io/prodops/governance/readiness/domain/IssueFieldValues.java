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
}

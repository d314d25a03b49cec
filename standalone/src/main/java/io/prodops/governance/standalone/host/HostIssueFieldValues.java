package io.prodops.governance.standalone.host;

import io.prodops.governance.common.domain.IssueFacts;
import io.prodops.governance.common.port.FieldCatalog;
import io.prodops.governance.readiness.domain.FieldValue;
import io.prodops.governance.readiness.domain.IssueFieldValues;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@link IssueFieldValues} of the standalone host: due date and assignee come from the issue row (already in the
 * facts); the other fields the host's {@link FieldCatalog} knows (fix versions, components, two demo custom fields)
 * have no values in this host, so they are always empty; anything else is an unknown field.
 */
public final class HostIssueFieldValues implements IssueFieldValues {
    private final FieldCatalog catalog;

    public HostIssueFieldValues(FieldCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Map<String, FieldValue> values(IssueFacts issue, Set<String> fieldIds) {
        Map<String, FieldValue> out = new LinkedHashMap<>();
        for (String field : fieldIds) {
            out.put(field, switch (field) {
                case "duedate" -> FieldValue.of(issue.dueDate() != null);
                case "assignee" -> FieldValue.of(issue.assignee() != null);
                default -> catalog.exists(field) ? FieldValue.of(false) : FieldValue.UNKNOWN_FIELD;
            });
        }
        return out;
    }
}

package io.prodops.governance.standalone.host;

import io.prodops.governance.common.domain.IssueFacts;
import io.prodops.governance.common.domain.ProjectRef;
import io.prodops.governance.common.domain.StatusCategory;
import io.prodops.governance.readiness.domain.FieldValue;
import org.junit.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import static org.junit.Assert.assertEquals;

/** Which fields have values on the standalone host: the issue row's, the catalog's others empty, the rest unknown. */
public class HostIssueFieldValuesTest {
    private static final ProjectRef PHX = new ProjectRef(10000, "PHX", "Phoenix Checkout");

    @Test
    public void dueDateAndAssigneeComeFromTheIssueAndUnknownFieldsAreSaidToBeUnknown() {
        HostIssueFieldValues values = new HostIssueFieldValues(new HostFieldCatalog());
        IssueFacts withBoth = new IssueFacts(1, "PHX-1", "s", PHX, "Initiative", "To Do", StatusCategory.TO_DO, "pete", LocalDate.parse("2026-12-24"), null);
        IssueFacts withNone = new IssueFacts(2, "PHX-2", "s", PHX, "Epic", "To Do", StatusCategory.TO_DO, null, null, null);
        Set<String> fields = Set.of("duedate", "assignee", "fixVersions", HostFieldCatalog.RELEASE_NOTES, "customfield_99999");

        Map<String, FieldValue> both = values.values(withBoth, fields);
        Map<String, FieldValue> none = values.values(withNone, fields);

        assertEquals(FieldValue.of(true), both.get("duedate"));
        assertEquals(FieldValue.of(true), both.get("assignee"));
        assertEquals(FieldValue.of(false), both.get("fixVersions"));
        assertEquals(FieldValue.of(false), both.get(HostFieldCatalog.RELEASE_NOTES));
        assertEquals(FieldValue.UNKNOWN_FIELD, both.get("customfield_99999"));
        assertEquals(FieldValue.of(false), none.get("duedate"));
        assertEquals(FieldValue.of(false), none.get("assignee"));
    }
}

package io.prodops.governance.jira.field;

import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.project.version.Version;
import io.prodops.governance.common.domain.IssueFacts;
import io.prodops.governance.common.domain.ProjectRef;
import io.prodops.governance.common.domain.StatusCategory;
import io.prodops.governance.readiness.domain.FieldValue;
import org.junit.Test;

import java.sql.Timestamp;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

public class JiraIssueFieldValuesTest {
    private static final IssueFacts PHX_7 = new IssueFacts(42L, "PHX-7", "s", new ProjectRef(10L, "PHX", "Phoenix"), "Initiative", "Open",
            StatusCategory.TO_DO, null, null, null);

    private final IssueManager issues = mock(IssueManager.class);
    private final CustomFieldManager customFields = mock(CustomFieldManager.class);
    private final JiraIssueFieldValues values = new JiraIssueFieldValues(issues, customFields);
    private final MutableIssue issue = mock(MutableIssue.class);

    @Test
    public void everyRequestedFieldIsReadFromOneIssueLoad() {
        when(issues.getIssueObject(42L)).thenReturn(issue);
        when(issue.getDueDate()).thenReturn(new Timestamp(0));
        when(issue.getFixVersions()).thenReturn(List.of(mock(Version.class)));
        when(issue.getComponents()).thenReturn(List.of());
        when(issue.getAssigneeId()).thenReturn(null);
        CustomField text = field("customfield_1");
        CustomField labels = field("customfield_2");
        CustomField blank = field("customfield_3");
        CustomField option = field("customfield_4");
        when(issue.getCustomFieldValue(text)).thenReturn("Go to market");
        when(issue.getCustomFieldValue(labels)).thenReturn(List.of());
        when(issue.getCustomFieldValue(blank)).thenReturn("  ");
        when(issue.getCustomFieldValue(option)).thenReturn(Map.of("a", "b"));

        Set<String> ids = new LinkedHashSet<>(List.of("duedate", "fixVersions", "components", "assignee", "customfield_1", "customfield_2",
                "customfield_3", "customfield_4", "customfield_5", "summary"));
        Map<String, FieldValue> found = values.values(PHX_7, ids);

        assertEquals(FieldValue.of(true), found.get("duedate"));
        assertEquals(FieldValue.of(true), found.get("fixVersions"));
        assertEquals(FieldValue.of(false), found.get("components"));
        assertEquals(FieldValue.of(false), found.get("assignee"));
        assertEquals(FieldValue.of(true), found.get("customfield_1"));
        assertEquals("an empty multi-value field", FieldValue.of(false), found.get("customfield_2"));
        assertEquals("blank text", FieldValue.of(false), found.get("customfield_3"));
        assertEquals(FieldValue.of(true), found.get("customfield_4"));
        assertEquals("a deleted custom field", FieldValue.UNKNOWN_FIELD, found.get("customfield_5"));
        assertEquals("not a supported field", FieldValue.UNKNOWN_FIELD, found.get("summary"));
        assertEquals(ids, found.keySet());
        verify(issues, times(1)).getIssueObject(42L);
    }

    @Test
    public void noFieldsNoLookUp() {
        assertTrue(values.values(PHX_7, Set.of()).isEmpty());
        verifyNoInteractions(issues, customFields);
    }

    @Test
    public void aVanishedIssueIsAHostFailure() {
        assertThrows(IllegalStateException.class, () -> values.values(PHX_7, Set.of("duedate")));
    }

    private CustomField field(String id) {
        CustomField field = mock(CustomField.class);
        when(customFields.getCustomFieldObject(id)).thenReturn(field);
        return field;
    }

    @Test
    public void targetDatesComeFromTheDueDateOrADateCustomFieldReadInBatches() {
        IssueFacts due = new IssueFacts(1L, "PHX-1", "s", new ProjectRef(10L, "PHX", "Phoenix"), "Initiative", "Open",
                StatusCategory.TO_DO, null, java.time.LocalDate.of(2026, 12, 24), null);
        assertEquals(Map.of(1L, java.time.LocalDate.of(2026, 12, 24)), values.dates(List.of(due, PHX_7), "duedate"));
        verifyNoInteractions(issues, customFields);

        CustomField launch = field("customfield_9");
        MutableIssue picked = mock(MutableIssue.class);
        when(picked.getId()).thenReturn(42L);
        when(picked.getCustomFieldValue(launch)).thenReturn(Timestamp.valueOf("2027-01-15 00:00:00"));
        MutableIssue unset = mock(MutableIssue.class);
        when(unset.getId()).thenReturn(1L);
        when(issues.getIssueObjects(List.of(1L, 42L))).thenReturn(List.of(unset, picked));
        assertEquals(Map.of(42L, java.time.LocalDate.of(2027, 1, 15)), values.dates(List.of(due, PHX_7), "customfield_9"));
        verify(issues, times(1)).getIssueObjects(List.of(1L, 42L));

        assertEquals("a field this Jira does not have gives no dates", Map.of(), values.dates(List.of(PHX_7), "customfield_404"));
        assertEquals(Map.of(), values.dates(List.of(PHX_7), "summary"));
    }

    @Test
    public void onlyDateValuesAreDates() {
        assertEquals(java.time.LocalDate.of(2027, 3, 1), JiraIssueFieldValues.toDate(Timestamp.valueOf("2027-03-01 00:00:00")));
        assertEquals(java.time.LocalDate.of(2027, 3, 1), JiraIssueFieldValues.toDate(java.time.LocalDate.of(2027, 3, 1)));
        assertEquals(null, JiraIssueFieldValues.toDate("2027-03-01"));
        assertEquals(null, JiraIssueFieldValues.toDate(null));
    }
}

package io.prodops.governance.jira.field;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.fields.CustomField;
import org.junit.Test;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

public class JiraFieldCatalogTest {
    private final CustomFieldManager customFields = mock(CustomFieldManager.class);
    private final JiraFieldCatalog catalog = new JiraFieldCatalog(customFields);

    @Test
    public void theSupportedBuiltInFieldsAlwaysExist() {
        for (String id : new String[]{"duedate", "fixVersions", "assignee", "components"}) {
            assertTrue(id, catalog.exists(id));
        }
        verifyNoInteractions(customFields);
    }

    @Test
    public void aCustomFieldExistsWhileJiraFindsIt() {
        when(customFields.getCustomFieldObject("customfield_10100")).thenReturn(mock(CustomField.class));
        assertTrue(catalog.exists("customfield_10100"));
        assertFalse("deleted or never created", catalog.exists("customfield_10200"));
    }

    @Test
    public void anythingElseIsNotAFieldAndIsNotLookedUp() {
        for (String id : new String[]{"summary", "customfield_", "customfield_12a", "customfield_1 OR 1=1", "", "CUSTOMFIELD_1"}) {
            assertFalse(id, catalog.exists(id));
        }
        assertFalse(catalog.exists(null));
        verifyNoInteractions(customFields);
    }

    @Test
    public void dateFieldsAreTheDueDateAndJirasDateCustomFieldTypes() {
        assertTrue(catalog.isDateField("duedate"));
        customField("customfield_1", "com.atlassian.jira.plugin.system.customfieldtypes:datepicker");
        customField("customfield_2", "com.atlassian.jira.plugin.system.customfieldtypes:datetime");
        customField("customfield_3", "com.atlassian.jira.plugin.system.customfieldtypes:textfield");
        CustomField typeless = mock(CustomField.class); // its type's app is disabled: Jira answers null
        when(customFields.getCustomFieldObject("customfield_4")).thenReturn(typeless);
        assertTrue(catalog.isDateField("customfield_1"));
        assertTrue(catalog.isDateField("customfield_2"));
        assertFalse(catalog.isDateField("customfield_3"));
        assertFalse(catalog.isDateField("customfield_4"));
        assertFalse("no such field", catalog.isDateField("customfield_5"));
        assertFalse(catalog.isDateField("fixVersions"));
        assertFalse(catalog.isDateField(null));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private void customField(String id, String typeKey) {
        CustomField field = mock(CustomField.class);
        com.atlassian.jira.issue.customfields.CustomFieldType type = mock(com.atlassian.jira.issue.customfields.CustomFieldType.class);
        when(type.getKey()).thenReturn(typeKey);
        when(field.getCustomFieldType()).thenReturn(type);
        when(customFields.getCustomFieldObject(id)).thenReturn(field);
    }
}

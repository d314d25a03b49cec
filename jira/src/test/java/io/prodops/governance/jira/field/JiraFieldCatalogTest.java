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
}

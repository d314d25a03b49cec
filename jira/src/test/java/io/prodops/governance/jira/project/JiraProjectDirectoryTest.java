package io.prodops.governance.jira.project;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import io.prodops.governance.common.domain.ProjectRef;
import org.junit.Test;

import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

public class JiraProjectDirectoryTest {
    private final ProjectManager manager = mock(ProjectManager.class);
    private final JiraProjectDirectory directory = new JiraProjectDirectory(manager);

    private static Project project(long id, String key, String name) {
        Project p = mock(Project.class);
        when(p.getId()).thenReturn(id);
        when(p.getKey()).thenReturn(key);
        when(p.getName()).thenReturn(name);
        return p;
    }

    @Test
    public void findsProjectsByUpperCasedKeyAndById() {
        Project atlas = project(10000L, "ATL", "Atlas");
        when(manager.getProjectObjByKey("ATL")).thenReturn(atlas);
        when(manager.getProjectObj(10000L)).thenReturn(atlas);
        assertEquals(Optional.of(new ProjectRef(10000L, "ATL", "Atlas")), directory.findByKey(" atl "));
        assertEquals(Optional.of(new ProjectRef(10000L, "ATL", "Atlas")), directory.findById(10000L));
    }

    @Test
    public void unknownProjectsAreEmpty() {
        assertEquals(Optional.empty(), directory.findByKey("NOPE"));
        assertEquals(Optional.empty(), directory.findByKey(" "));
        assertEquals(Optional.empty(), directory.findById(5L));
    }
}

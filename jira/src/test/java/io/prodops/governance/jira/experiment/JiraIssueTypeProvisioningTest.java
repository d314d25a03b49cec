package io.prodops.governance.jira.experiment;

import com.atlassian.jira.avatar.Avatar;
import com.atlassian.jira.avatar.AvatarManager;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.icon.IconOwningObjectId;
import com.atlassian.jira.icon.IconType;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import io.prodops.governance.common.domain.Access;
import io.prodops.governance.common.domain.AuditLog;
import io.prodops.governance.common.domain.SettingValues;
import io.prodops.governance.common.port.ClusterLocks;
import io.prodops.governance.common.port.IssueTypeProvisioning.IssueTypeInfo;
import io.prodops.governance.common.port.IssueTypeProvisioning.ProjectScheme;
import io.prodops.governance.common.port.IssueTypeProvisioning.SchemeInfo;
import io.prodops.governance.common.port.Transactions;
import io.prodops.governance.experiment.domain.ExperimentIssueType;
import io.prodops.governance.experiment.domain.ExperimentTypeService;
import org.junit.Before;
import org.junit.Test;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class JiraIssueTypeProvisioningTest {
    private final IssueTypeManager issueTypes = mock(IssueTypeManager.class);
    private final AvatarManager avatars = mock(AvatarManager.class);
    private final IssueLinkTypeManager linkTypes = mock(IssueLinkTypeManager.class);
    private final IssueTypeSchemeManager schemes = mock(IssueTypeSchemeManager.class);
    private final ProjectManager projects = mock(ProjectManager.class);
    private final JiraIssueTypeProvisioning adapter = new JiraIssueTypeProvisioning(issueTypes, avatars, linkTypes, schemes, projects);

    private final IssueType story = type("10001", "Story", "");
    private final IssueType bug = type("10002", "Bug", "");
    private FieldConfigScheme defaultScheme;
    private FieldConfigScheme ownScheme;
    private Project phx;
    private Project atl;
    private Project sec;

    @Before
    public void setUp() {
        defaultScheme = scheme(10000L, "Default Issue Type Scheme", true, story, bug);
        ownScheme = scheme(10100L, "SEC scheme", false, bug);
        phx = project(1L, "PHX", defaultScheme);
        atl = project(2L, "ATL", defaultScheme);
        sec = project(3L, "SEC", ownScheme);
        when(projects.getProjectObjects()).thenReturn(List.of(sec, phx, atl));
        when(avatars.getDefaultAvatarId(IconType.ISSUE_TYPE_ICON_TYPE)).thenReturn(10300L);
    }

    private static IssueType type(String id, String name, String description) {
        IssueType t = mock(IssueType.class);
        when(t.getId()).thenReturn(id);
        when(t.getName()).thenReturn(name);
        when(t.getDescription()).thenReturn(description);
        return t;
    }

    private FieldConfigScheme scheme(long id, String name, boolean isDefault, IssueType... types) {
        FieldConfigScheme s = mock(FieldConfigScheme.class);
        when(s.getId()).thenReturn(id);
        when(s.getName()).thenReturn(name);
        when(schemes.isDefaultIssueTypeScheme(s)).thenReturn(isDefault);
        when(schemes.getIssueTypesForScheme(s)).thenReturn(List.of(types));
        return s;
    }

    private Project project(long id, String key, FieldConfigScheme scheme) {
        Project p = mock(Project.class);
        when(p.getId()).thenReturn(id);
        when(p.getKey()).thenReturn(key);
        when(p.getName()).thenReturn(key + " project");
        when(schemes.getConfigScheme(p)).thenReturn(scheme);
        return p;
    }

    @Test
    public void aNewTypeGetsOurIconOwnedByTheType() throws IOException {
        IssueType created = type("10400", "Experiment", ExperimentIssueType.DESCRIPTION);
        when(issueTypes.createIssueType("Experiment", ExperimentIssueType.DESCRIPTION, 10300L)).thenReturn(created);
        Avatar icon = mock(Avatar.class);
        when(icon.getId()).thenReturn(10500L);
        when(avatars.create(eq("experiment-issuetype.png"), eq("image/png"), eq(IconType.ISSUE_TYPE_ICON_TYPE), any(IconOwningObjectId.class),
                any(InputStream.class), isNull())).thenReturn(icon);

        IssueTypeInfo info = adapter.createIssueType("Experiment", ExperimentIssueType.DESCRIPTION);

        assertEquals(new IssueTypeInfo("10400", "Experiment", ExperimentIssueType.DESCRIPTION), info);
        verify(issueTypes).updateIssueType(created, "Experiment", ExperimentIssueType.DESCRIPTION, 10500L);
        assertTrue("the icon is in the bundle", JiraIssueTypeProvisioning.class.getClassLoader().getResource(JiraIssueTypeProvisioning.ICON) != null);
    }

    @Test
    public void aTypeWhoseIconCannotBeStoredKeepsJirasDefaultIcon() throws IOException {
        IssueType created = type("10400", "Experiment", ExperimentIssueType.DESCRIPTION);
        when(issueTypes.createIssueType(anyString(), anyString(), eq(10300L))).thenReturn(created);
        when(avatars.create(anyString(), anyString(), any(), any(), any(), any())).thenThrow(new IOException("disk full"));

        assertEquals("10400", adapter.createIssueType("Experiment", ExperimentIssueType.DESCRIPTION).id());
        verify(issueTypes, never()).updateIssueType(any(), any(), any(), any());
    }

    @Test
    public void typesAreFoundByIdAndByNameIgnoringCase() {
        when(issueTypes.getIssueType("10002")).thenReturn(bug);
        when(issueTypes.getIssueTypes()).thenReturn(List.of(story, bug));
        assertEquals("Bug", adapter.findIssueType("10002").orElseThrow().name());
        assertEquals(Optional.empty(), adapter.findIssueType("99999"));
        assertEquals(List.of("10001"), adapter.issueTypesNamed("STORY").stream().map(IssueTypeInfo::id).toList());
    }

    @Test
    public void theLinkTypeIsCreatedWithoutAStyleAndReadBack() {
        IssueLinkType informs = mock(IssueLinkType.class);
        when(informs.getId()).thenReturn(10600L);
        when(informs.getName()).thenReturn("Informs");
        when(informs.getOutward()).thenReturn("informs");
        when(informs.getInward()).thenReturn("is informed by");
        when(linkTypes.getIssueLinkTypesByName("Informs")).thenReturn(List.of(), List.of(informs));

        assertEquals(Optional.empty(), adapter.findLinkType("Informs"));
        assertEquals("is informed by", adapter.createLinkType("Informs", "informs", "is informed by").inward());
        verify(linkTypes).createIssueLinkType("Informs", "informs", "is informed by", null);
    }

    @Test
    public void projectsShareTheDefaultSchemeAndEachSchemeIsReadOnce() {
        List<ProjectScheme> rows = adapter.projectSchemes();
        assertEquals(List.of("ATL", "PHX", "SEC"), rows.stream().map(r -> r.project().key()).toList());
        assertEquals(rows.get(0).scheme(), rows.get(1).scheme());
        assertEquals(new SchemeInfo("10000", "Default Issue Type Scheme", true, List.of("10001", "10002")), rows.get(0).scheme());
        assertEquals(new SchemeInfo("10100", "SEC scheme", false, List.of("10002")), rows.get(2).scheme());
        verify(schemes, times(1)).getIssueTypesForScheme(defaultScheme);
    }

    @Test
    public void addingToASchemeKeepsItsTypesInOrderAndAppendsOurs() {
        adapter.addToScheme("10000", "10400");
        verify(schemes).update(defaultScheme, List.of("10001", "10002", "10400"));

        adapter.addToScheme("10100", "10002");
        verify(schemes, never()).update(eq(ownScheme), any());
        assertThrows(IllegalArgumentException.class, () -> adapter.addToScheme("424242", "10400"));
    }

    @Test
    public void aCopiedSchemeIsUsedByThatProjectOnly() {
        FieldConfigScheme copy = scheme(10200L, "Default Issue Type Scheme (PHX)", false, story, bug);
        when(schemes.create("Default Issue Type Scheme (PHX)", "copy", List.of("10001", "10002", "10400"))).thenReturn(copy);
        when(schemes.getConfigScheme(phx)).thenReturn(defaultScheme, copy);

        SchemeInfo info = adapter.copySchemeForProject(1L, "Default Issue Type Scheme (PHX)", "copy", "10400");

        verify(schemes).setProjectAssociationsForIssueTypeScheme(copy, List.of(phx));
        assertEquals(new SchemeInfo("10200", "Default Issue Type Scheme (PHX)", false, List.of("10001", "10002", "10400")), info);
        verify(schemes, never()).update(any(), any());
        verify(schemes, never()).deleteScheme(any());
    }

    @Test
    public void aCopyJiraDidNotAssociateIsDeletedAgain() {
        FieldConfigScheme copy = scheme(10200L, "copy", false);
        when(schemes.create(anyString(), anyString(), anyList())).thenReturn(copy);
        // getConfigScheme(phx) keeps answering the default scheme: the association did not take

        assertThrows(IllegalStateException.class, () -> adapter.copySchemeForProject(1L, "copy", "copy", "10400"));
        verify(schemes).deleteScheme(copy);
    }

    @Test
    public void installingTwiceThroughTheServiceCreatesTheTypeAndTheLinkTypeOnce() throws IOException {
        Map<String, IssueType> jiraTypes = new HashMap<>();
        List<IssueLinkType> jiraLinks = new ArrayList<>();
        when(issueTypes.getIssueType(anyString())).thenAnswer(i -> jiraTypes.get(i.<String>getArgument(0)));
        when(issueTypes.getIssueTypes()).thenAnswer(i -> List.copyOf(jiraTypes.values()));
        when(issueTypes.createIssueType(anyString(), anyString(), anyLong())).thenAnswer(i -> {
            IssueType t = type("10400", i.getArgument(0), i.getArgument(1));
            jiraTypes.put("10400", t);
            return t;
        });
        when(linkTypes.getIssueLinkTypesByName("Informs")).thenAnswer(i -> List.copyOf(jiraLinks));
        org.mockito.Mockito.doAnswer(i -> {
            IssueLinkType l = mock(IssueLinkType.class);
            when(l.getName()).thenReturn("Informs");
            jiraLinks.add(l);
            return null;
        }).when(linkTypes).createIssueLinkType("Informs", "informs", "is informed by", null);
        Map<String, String> settings = new HashMap<>();
        SettingValues values = new SettingValues() {
            @Override
            public Optional<String> get(String key) {
                return Optional.ofNullable(settings.get(key));
            }

            @Override
            public void put(String key, String value) {
                settings.put(key, value);
            }
        };
        ClusterLocks locks = new ClusterLocks() {
            @Override
            public <T> T underLock(String lockName, Supplier<T> work) {
                return work.get();
            }
        };
        Transactions transactions = new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return work.get();
            }
        };
        ExperimentTypeService service = new ExperimentTypeService(adapter, values, locks, transactions, mock(Access.class),
                mock(AuditLog.class), Clock.systemUTC());

        assertTrue(service.ensureInstalled());
        assertFalse(service.ensureInstalled());
        verify(issueTypes, times(1)).createIssueType(anyString(), anyString(), anyLong());
        verify(linkTypes, times(1)).createIssueLinkType(anyString(), anyString(), anyString(), any());
        assertEquals("10400", settings.get(ExperimentIssueType.TYPE_ID_SETTING));
    }
}

package io.prodops.governance.experiment.domain;

import io.prodops.governance.common.domain.AccessDeniedException;
import io.prodops.governance.common.domain.Access;
import io.prodops.governance.common.domain.AuditEntry;
import io.prodops.governance.common.domain.AuditLog;
import io.prodops.governance.common.domain.NotFoundException;
import io.prodops.governance.common.domain.ProjectRef;
import io.prodops.governance.common.domain.SettingValues;
import io.prodops.governance.common.domain.UserRef;
import io.prodops.governance.common.domain.ValidationException;
import io.prodops.governance.common.port.IssueTypeProvisioning.SchemeInfo;
import io.prodops.governance.common.port.Transactions;
import io.prodops.governance.testing.InMemoryIssueTypes;
import io.prodops.governance.testing.SharedLock;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Status and scheme changes for admins: shared schemes need the exact list of affected projects confirmed. */
public class ExperimentTypeServiceTest {
    private static final UserRef ADMIN = new UserRef("admin", "Ada Admin");

    private final InMemoryIssueTypes host = new InMemoryIssueTypes();
    private final Map<String, String> stored = new HashMap<>();
    private final Access access = mock(Access.class);
    private final AuditLog audit = mock(AuditLog.class);
    private ExperimentTypeService service;
    private SchemeInfo defaultScheme;

    @Before
    public void setUp() {
        SettingValues settings = new SettingValues() {
            @Override
            public Optional<String> get(String key) {
                return Optional.ofNullable(stored.get(key));
            }

            @Override
            public void put(String key, String value) {
                stored.put(key, value);
            }
        };
        Transactions direct = new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return work.get();
            }
        };
        service = new ExperimentTypeService(host, settings, new SharedLock(), direct, access, audit,
                Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC));
        String story = host.addType("Story", "").id();
        String bug = host.addType("Bug", "").id();
        defaultScheme = host.addScheme("Default Issue Type Scheme", true, List.of(story, bug));
        host.addProject("PHX", "Phoenix", defaultScheme);
        host.addProject("ATL", "Atlas", defaultScheme);
        host.addProject("NOVA", "Nova", defaultScheme);
        host.addProject("SEC", "Security", host.addScheme("SEC scheme", false, List.of(bug)));
        when(access.requireAdmin()).thenReturn(ADMIN);
        service.ensureInstalled();
    }

    private String typeId() {
        return stored.get(ExperimentIssueType.TYPE_ID_SETTING);
    }

    private static List<String> keys(List<ProjectRef> projects) {
        return projects.stream().map(ProjectRef::key).toList();
    }

    @Test
    public void statusListsEveryProjectWithItsSchemeAndWhoSharesIt() {
        ExperimentTypeStatus status = service.status();
        assertEquals(typeId(), status.issueType().id());
        assertEquals("Informs", status.linkType().name());
        assertEquals(List.of("ATL", "NOVA", "PHX", "SEC"), status.projects().stream().map(p -> p.project().key()).toList());
        ExperimentTypeStatus.ProjectStatus phx = status.projects().get(2);
        assertEquals("Default Issue Type Scheme", phx.schemeName());
        assertTrue(phx.defaultScheme());
        assertFalse(phx.present());
        assertEquals(List.of("ATL", "NOVA"), keys(phx.sharedWith()));
        assertEquals(List.of(), status.projects().get(3).sharedWith());
    }

    @Test
    public void statusWithoutAnInstalledTypeSaysSo() {
        host.deleteType(typeId());
        ExperimentTypeStatus status = service.status();
        assertNull(status.issueType());
        assertTrue(status.projects().stream().noneMatch(ExperimentTypeStatus.ProjectStatus::present));
    }

    @Test
    public void addingToASharedSchemeWithoutTheExactConfirmationChangesNothingAndNamesTheProjects() {
        for (List<String> confirmation : java.util.Arrays.asList(null, List.<String>of(), List.of("PHX"), List.of("PHX", "ATL"),
                List.of("PHX", "ATL", "NOVA", "SEC"), List.of("PHX", "ATL", "NOVA", "NOVA"))) {
            UnconfirmedSchemeChangeException e = assertThrows(UnconfirmedSchemeChangeException.class,
                    () -> service.addToProject("PHX", "ADD_TO_SCHEME", confirmation));
            assertEquals("CONFIRMATION_REQUIRED", e.code());
            assertEquals(List.of("ATL", "NOVA", "PHX"), keys(e.affectedProjects()));
            assertEquals("Default Issue Type Scheme", e.schemeName());
        }
        assertFalse(host.schemeOf("PHX").issueTypeIds().contains(typeId()));
        verify(audit, never()).record(any());
    }

    @Test
    public void addingToASharedSchemeWithTheConfirmationGivesEveryProjectOfTheSchemeTheType() {
        SchemeChange change = service.addToProject("PHX", "ADD_TO_SCHEME", List.of("NOVA", "PHX", "ATL"));
        assertTrue(change.changed());
        assertEquals(defaultScheme.id(), change.schemeId());
        assertEquals(List.of("ATL", "NOVA", "PHX"), keys(change.affectedProjects()));
        assertEquals(typeId(), host.schemeOf("ATL").issueTypeIds().get(2));
        assertFalse(host.schemeOf("SEC").issueTypeIds().contains(typeId()));
        ArgumentCaptor<AuditEntry> entry = ArgumentCaptor.forClass(AuditEntry.class);
        verify(audit).record(entry.capture());
        assertEquals("EXPERIMENT_TYPE_ADDED_TO_SCHEME", entry.getValue().action());
        assertEquals("admin", entry.getValue().actorKey());

        SchemeChange again = service.addToProject("ATL", "ADD_TO_SCHEME", List.of());
        assertFalse("already present: nothing to confirm, nothing done", again.changed());
    }

    @Test
    public void aSchemeOfOneProjectNeedsThatProjectConfirmed() {
        assertThrows(UnconfirmedSchemeChangeException.class, () -> service.addToProject("SEC", "ADD_TO_SCHEME", List.of()));
        assertTrue(service.addToProject("SEC", "ADD_TO_SCHEME", List.of("SEC")).changed());
        assertTrue(host.schemeOf("SEC").issueTypeIds().contains(typeId()));
    }

    @Test
    public void copyingASharedSchemeChangesThatProjectOnly() {
        SchemeChange change = service.addToProject("NOVA", "COPY_SCHEME", null);
        assertTrue(change.changed());
        assertEquals("Default Issue Type Scheme (NOVA)", change.schemeName());
        assertEquals(List.of("NOVA"), keys(change.affectedProjects()));
        assertEquals(change.schemeId(), host.schemeOf("NOVA").id());
        assertEquals(List.of(defaultScheme.issueTypeIds().get(0), defaultScheme.issueTypeIds().get(1), typeId()),
                host.schemeOf("NOVA").issueTypeIds());
        assertEquals(defaultScheme, host.schemeOf("PHX"));
        ExperimentTypeStatus.ProjectStatus phx = service.status().projects().stream()
                .filter(p -> p.project().key().equals("PHX")).findFirst().orElseThrow();
        assertEquals(List.of("ATL"), keys(phx.sharedWith()));
    }

    @Test
    public void aCopyOfASchemeWithALongNameStaysWithinJirasLimit() {
        SchemeInfo longScheme = host.addScheme("S".repeat(255), false, List.of());
        host.addProject("LONG1", "Long one", longScheme);
        host.addProject("LONG2", "Long two", longScheme);
        String name = service.addToProject("LONG1", "COPY_SCHEME", null).schemeName();
        assertEquals(255, name.length());
        assertTrue(name, name.endsWith("S (LONG1)"));
    }

    @Test
    public void copyingASchemeOnlyThatProjectUsesIsRefused() {
        ValidationException e = assertThrows(ValidationException.class, () -> service.addToProject("SEC", "COPY_SCHEME", null));
        assertEquals("mode", e.errors().get(0).field());
    }

    @Test
    public void badModeAndUnknownProjectAreNamed() {
        assertEquals("mode", assertThrows(ValidationException.class, () -> service.addToProject("PHX", null, null)).errors().get(0).field());
        assertEquals("mode", assertThrows(ValidationException.class, () -> service.addToProject("PHX", "MERGE", null)).errors().get(0).field());
        assertEquals("PROJECT_NOT_FOUND", assertThrows(NotFoundException.class,
                () -> service.addToProject("NOPE", "ADD_TO_SCHEME", List.of())).code());
    }

    @Test
    public void onlyAdminsSeeOrChangeAnything() {
        when(access.requireAdmin()).thenThrow(new AccessDeniedException("Only Jira administrators can do this."));
        assertThrows(AccessDeniedException.class, () -> service.status());
        assertThrows(AccessDeniedException.class, () -> service.addToProject("SEC", "ADD_TO_SCHEME", List.of("SEC")));
        assertFalse(host.schemeOf("SEC").issueTypeIds().contains(typeId()));
    }

    @Test
    public void addingRecreatesATypeDeletedSinceSetupFirst() {
        host.deleteType(typeId());
        SchemeChange change = service.addToProject("SEC", "ADD_TO_SCHEME", List.of("SEC"));
        assertTrue(change.changed());
        assertTrue(host.findIssueType(typeId()).isPresent());
        assertTrue(host.schemeOf("SEC").issueTypeIds().contains(typeId()));
    }
}

package io.prodops.governance.readiness.storage;

import io.prodops.governance.ao.EmbeddedActiveObjects;
import io.prodops.governance.common.domain.Access;
import io.prodops.governance.common.domain.AccessDeniedException;
import io.prodops.governance.common.domain.AppSettings;
import io.prodops.governance.common.domain.AuditEntry;
import io.prodops.governance.common.domain.ConfigStatus;
import io.prodops.governance.common.domain.ConflictException;
import io.prodops.governance.common.domain.FieldError;
import io.prodops.governance.common.domain.IssueFacts;
import io.prodops.governance.common.domain.NotFoundException;
import io.prodops.governance.common.domain.PageRequest;
import io.prodops.governance.common.domain.ProjectRef;
import io.prodops.governance.common.domain.SettingsRepository;
import io.prodops.governance.common.domain.StatusCategory;
import io.prodops.governance.common.domain.SystemClock;
import io.prodops.governance.common.domain.UserRef;
import io.prodops.governance.common.domain.ValidationException;
import io.prodops.governance.common.domain.VersionedConfig;
import io.prodops.governance.common.port.AccessPolicy;
import io.prodops.governance.common.port.IssueDirectory;
import io.prodops.governance.common.port.ProjectDirectory;
import io.prodops.governance.common.port.UserDirectory;
import io.prodops.governance.common.storage.AoAuditLog;
import io.prodops.governance.common.storage.AoConfigDocRepository;
import io.prodops.governance.common.storage.AoTransactions;
import io.prodops.governance.common.storage.RevisionGuard;
import io.prodops.governance.readiness.domain.GateBindingInput;
import io.prodops.governance.readiness.domain.GateBindings;
import io.prodops.governance.readiness.domain.GateSet;
import io.prodops.governance.readiness.domain.GateSetService;
import io.prodops.governance.readiness.domain.GateSetVersion;
import io.prodops.governance.readiness.domain.StandardLaunchGateSet;
import io.prodops.governance.readiness.setup.StandardLaunchGateSetTask;
import io.prodops.governance.testing.AllEntities;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.NonTransactional;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** {@link GateSetService} on real storage (AO on H2 by default), with the real permission model over mocked host ports. */
@RunWith(ActiveObjectsJUnitRunner.class)
@Data(AllEntities.class)
public class GateSetServiceStorageTest {
    private static final UserRef OLGA = new UserRef("JIRAUSER10100", "Olga Ops");
    private static final UserRef PETE = new UserRef("JIRAUSER10101", "Pete Product");
    private static final ProjectRef ATL = new ProjectRef(10L, "ATL", "Atlas");
    private static final ProjectRef SEC = new ProjectRef(11L, "SEC", "Security");

    private EntityManager entityManager;
    private UserRef caller;
    private GateSetService service;
    private AoAuditLog audit;

    @Before
    public void setUp() {
        EmbeddedActiveObjects ao = new EmbeddedActiveObjects(entityManager);
        RevisionGuard revisions = new RevisionGuard(ao, new SystemClock());
        AccessPolicy policy = mock(AccessPolicy.class);
        UserDirectory users = mock(UserDirectory.class);
        when(users.isInGroup(anyString(), anyString())).thenReturn(false);
        when(users.isInGroup(eq(OLGA.key()), eq(AppSettings.DEFAULT_OPS_GROUP))).thenReturn(true);
        when(policy.isAdmin(any())).thenReturn(false);
        SettingsRepository settings = mock(SettingsRepository.class);
        when(settings.load()).thenReturn(AppSettings.defaults());
        IssueDirectory issues = mock(IssueDirectory.class);
        Access access = new Access(() -> Optional.ofNullable(caller), issues, policy, users, settings);
        ProjectDirectory projects = mock(ProjectDirectory.class);
        when(projects.findByKey(any())).thenReturn(Optional.empty());
        when(projects.findByKey("ATL")).thenReturn(Optional.of(ATL));
        when(projects.findByKey("SEC")).thenReturn(Optional.of(SEC));
        when(projects.findById(10L)).thenReturn(Optional.of(ATL));
        when(projects.findById(11L)).thenReturn(Optional.of(SEC));
        audit = new AoAuditLog(ao);
        AoTransactions transactions = new AoTransactions(ao, revisions);
        service = new GateSetService(new AoConfigDocRepository(ao, revisions), new JacksonGateSetCodec(), issues,
                id -> id.equals("duedate"), new AoGateBindingRepository(ao, revisions), projects, access, audit, transactions);
        caller = OLGA;
    }

    private static GateSet renamed(GateSet s, String key, String name) {
        return new GateSet(key, name, s.description(), s.gates());
    }

    private List<String> auditActions(String subject, String key) {
        return audit.history(subject, key, new PageRequest(0, 50)).items().stream().map(AuditEntry::action).toList();
    }

    private void published(String key) {
        VersionedConfig.Draft<GateSet> d = service.create(renamed(StandardLaunchGateSet.GATE_SET, key, "Set " + key));
        service.publish(key, "first", d.revision());
    }

    @Test
    public void theStandardLaunchSetIsInstalledOncePublished() {
        StandardLaunchGateSetTask task = new StandardLaunchGateSetTask(service);
        assertTrue(task.apply());
        assertFalse("idempotent", task.apply());
        GateSetVersion v1 = service.published(StandardLaunchGateSet.KEY, null).orElseThrow();
        assertEquals(1, v1.version());
        assertEquals(StandardLaunchGateSet.GATE_SET.gates(), v1.gates());
        assertEquals(List.of("GATESET_PUBLISHED"), auditActions(GateSetService.AUDIT_SUBJECT, StandardLaunchGateSet.KEY));
    }

    @Test
    public void draftsArePublishedAsImmutableVersionsLikeTemplates() {
        VersionedConfig.Draft<GateSet> created = service.create(renamed(StandardLaunchGateSet.GATE_SET, "LAUNCH", "Launch"));
        assertEquals(ConfigStatus.DRAFT, created.status());
        assertEquals(1, created.revision());
        caller = PETE;
        try {
            service.latest("LAUNCH");
            fail("a never-published gate set does not exist for non-managers");
        } catch (NotFoundException expected) {
            assertEquals(GateSetService.NOT_FOUND, expected.code());
        }
        caller = OLGA;
        VersionedConfig.Draft<GateSet> published = service.publish("LAUNCH", "v1", 1);
        assertEquals(ConfigStatus.PUBLISHED, published.status());
        assertEquals(1, published.publishedVersion());
        VersionedConfig.Draft<GateSet> saved = service.saveDraft("LAUNCH", renamed(StandardLaunchGateSet.GATE_SET, "LAUNCH", "Launch 2"), published.revision());
        assertTrue(saved.unpublishedChanges());
        caller = PETE;
        assertEquals("readers see the published version, not the draft", "Launch", service.latest("LAUNCH").content().name());
        caller = OLGA;
        service.publish("LAUNCH", "renamed", saved.revision());
        assertEquals("Launch", service.published("LAUNCH", 1).orElseThrow().name());
        assertEquals("Launch 2", service.published("LAUNCH", null).orElseThrow().name());
        assertEquals(2, service.versions("LAUNCH", new PageRequest(0, 10)).total());
        assertEquals(List.of("name"), service.diff("LAUNCH", 1, 2).set().stream().map(f -> f.field()).toList());
        assertEquals(List.of("GATESET_PUBLISHED", "GATESET_DRAFT_SAVED", "GATESET_PUBLISHED", "GATESET_CREATED"),
                auditActions(GateSetService.AUDIT_SUBJECT, "LAUNCH"));
    }

    @Test
    public void aStaleRevisionIsAConflictWithTheCurrentRevision() {
        VersionedConfig.Draft<GateSet> created = service.create(renamed(StandardLaunchGateSet.GATE_SET, "LAUNCH", "Launch"));
        service.publish("LAUNCH", "v1", created.revision());
        try {
            service.publish("LAUNCH", "again", created.revision());
            fail("stale");
        } catch (ConflictException e) {
            assertEquals(2, e.current().revision());
        }
    }

    @Test
    public void onlyOpsManagersWrite() {
        caller = PETE;
        try {
            service.create(renamed(StandardLaunchGateSet.GATE_SET, "LAUNCH", "Launch"));
            fail("pete is no ops manager");
        } catch (AccessDeniedException expected) {
            // 403
        }
        try {
            service.saveBindings(List.of(), 0);
            fail("pete is no ops manager");
        } catch (AccessDeniedException expected) {
            // 403
        }
    }

    @Test
    public void bindingsAreReplacedWholeWithOneRevisionAndResolveMostSpecificFirst() {
        published("STD");
        published("BIG");
        assertEquals(0, service.bindings().revision());
        GateBindings saved = service.saveBindings(List.of(new GateBindingInput("ATL", null, List.of(), "STD"),
                new GateBindingInput(null, 10L, List.of("Initiative", "Epic"), "BIG")), 0);
        assertEquals(1, saved.revision());
        GateBindings loaded = service.bindings();
        assertEquals(1, loaded.revision());
        assertEquals(OLGA.key(), loaded.updatedBy());
        assertEquals(List.of("STD", "BIG"), loaded.bindings().stream().map(b -> b.gateset()).toList());
        assertEquals("ATL", loaded.bindings().get(1).project().key());
        assertEquals(List.of("Initiative", "Epic"), loaded.bindings().get(1).issueTypes());
        IssueFacts initiative = new IssueFacts(1, "ATL-1", "s", ATL, "Initiative", "Open", StatusCategory.TO_DO, null, null, null);
        IssueFacts story = new IssueFacts(2, "ATL-2", "s", ATL, "Story", "Open", StatusCategory.TO_DO, null, null, null);
        IssueFacts other = new IssueFacts(3, "SEC-1", "s", SEC, "Story", "Open", StatusCategory.TO_DO, null, null, null);
        assertEquals(Optional.of("BIG"), service.gatesetFor(initiative));
        assertEquals(Optional.of("STD"), service.gatesetFor(story));
        assertEquals(Optional.empty(), service.gatesetFor(other));
        try {
            service.saveBindings(List.of(), 0);
            fail("stale revision");
        } catch (ConflictException e) {
            assertEquals(1, e.current().revision());
        }
        assertEquals(0, service.saveBindings(List.of(), 1).bindings().size());
        assertEquals(List.of(GateSetService.BINDINGS_SAVED, GateSetService.BINDINGS_SAVED), auditActions(GateSetService.BINDINGS_SUBJECT, "bindings"));
    }

    @Test
    @NonTransactional
    public void concurrentBindingSavesFromOneRevisionHaveOneWinner() throws Exception {
        published("RACE_BIND");
        int base = service.bindings().revision();
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        try {
            for (int i = 0; i < writers; i++) {
                List<String> types = List.of("Type" + i);
                results.add(pool.submit(() -> {
                    go.await();
                    try {
                        service.saveBindings(List.of(new GateBindingInput("ATL", null, types, "RACE_BIND")), base);
                        return true;
                    } catch (ConflictException lost) {
                        assertNotNull(lost.current());
                        return false;
                    }
                }));
            }
            go.countDown();
            int winners = 0;
            for (Future<Boolean> f : results) {
                winners += f.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertEquals(1, winners);
        } finally {
            pool.shutdownNow();
        }
        GateBindings after = service.bindings();
        assertEquals(base + 1, after.revision());
        assertEquals("the winner's list, whole", 1, after.bindings().size());
        assertEquals(1, after.bindings().get(0).issueTypes().size());
    }

    @Test
    public void badBindingsAreRefusedNamingEveryField() {
        published("STD");
        service.create(renamed(StandardLaunchGateSet.GATE_SET, "DRAFTY", "Never published"));
        try {
            service.saveBindings(List.of(new GateBindingInput("NOPE", null, List.of(), "STD"),
                    new GateBindingInput(null, null, List.of(), "STD"),
                    new GateBindingInput("ATL", null, List.of(" ", "Epic"), "MISSING"),
                    new GateBindingInput("SEC", null, List.of(), "DRAFTY"),
                    new GateBindingInput("ATL", null, List.of(), "STD"),
                    new GateBindingInput("ATL", null, List.of(), "STD")), 0);
            fail("invalid");
        } catch (ValidationException e) {
            assertEquals(List.of("bindings[0].projectKey", "bindings[1].projectKey", "bindings[2].issueTypes[0]", "bindings[2].gateset",
                    "bindings[3].gateset", "bindings[5]"), e.errors().stream().map(FieldError::field).toList());
        }
        assertEquals(0, service.bindings().revision());
    }

    @Test
    public void aRetiredGateSetStaysBoundButCannotBeBoundAnew() {
        published("STD");
        service.saveBindings(List.of(new GateBindingInput("ATL", null, List.of(), "STD")), 0);
        service.retire("STD", service.draft("STD").revision());
        GateBindings kept = service.saveBindings(List.of(new GateBindingInput("ATL", null, List.of(), "STD")), 1);
        assertNotNull(kept);
        service.saveBindings(List.of(), 2);
        try {
            service.saveBindings(List.of(new GateBindingInput("SEC", null, List.of(), "STD")), 3);
            fail("retired");
        } catch (ValidationException e) {
            assertEquals("bindings[0].gateset", e.errors().get(0).field());
        }
    }
}

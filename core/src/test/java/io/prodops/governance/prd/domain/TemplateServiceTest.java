package io.prodops.governance.prd.domain;

import io.prodops.governance.ao.EmbeddedActiveObjects;
import io.prodops.governance.common.domain.Access;
import io.prodops.governance.common.domain.AccessDeniedException;
import io.prodops.governance.common.domain.AppSettings;
import io.prodops.governance.common.domain.AuditEntry;
import io.prodops.governance.common.domain.ConfigStatus;
import io.prodops.governance.common.domain.ConflictException;
import io.prodops.governance.common.domain.FieldError;
import io.prodops.governance.common.domain.NotAuthenticatedException;
import io.prodops.governance.common.domain.NotFoundException;
import io.prodops.governance.common.domain.PageRequest;
import io.prodops.governance.common.domain.SettingsRepository;
import io.prodops.governance.common.domain.SystemClock;
import io.prodops.governance.common.domain.UserRef;
import io.prodops.governance.common.domain.ValidationException;
import io.prodops.governance.common.port.AccessPolicy;
import io.prodops.governance.common.port.IssueDirectory;
import io.prodops.governance.common.port.UserDirectory;
import io.prodops.governance.common.storage.AoAuditLog;
import io.prodops.governance.common.storage.AoConfigDocRepository;
import io.prodops.governance.common.storage.AoTransactions;
import io.prodops.governance.common.storage.RevisionGuard;
import io.prodops.governance.common.text.OwaspRichTextSanitizer;
import io.prodops.governance.prd.storage.JacksonTemplateCodec;
import io.prodops.governance.testing.AllEntities;
import io.prodops.governance.testing.TestStrings;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** {@link TemplateService} on real storage (AO on H2 by default), with the real permission model over mocked host ports. */
@RunWith(ActiveObjectsJUnitRunner.class)
@Data(AllEntities.class)
public class TemplateServiceTest {
    private static final UserRef OLGA = new UserRef("JIRAUSER10100", "Olga Ops");
    private static final UserRef PETE = new UserRef("JIRAUSER10101", "Pete Product");
    private static final UserRef ADMIN = new UserRef("admin", "Ada Admin");

    private EntityManager entityManager;
    private UserRef caller;
    private TemplateService service;
    private AoAuditLog audit;
    private AoConfigDocRepository docs;

    @Before
    public void setUp() {
        EmbeddedActiveObjects ao = new EmbeddedActiveObjects(entityManager);
        RevisionGuard revisions = new RevisionGuard(ao, new SystemClock());
        AccessPolicy policy = mock(AccessPolicy.class);
        when(policy.isAdmin(any())).thenAnswer(i -> ADMIN.equals(i.getArgument(0)));
        UserDirectory users = mock(UserDirectory.class);
        when(users.isInGroup(anyString(), anyString())).thenReturn(false);
        when(users.isInGroup(eq(OLGA.key()), eq(AppSettings.DEFAULT_OPS_GROUP))).thenReturn(true);
        SettingsRepository settings = mock(SettingsRepository.class);
        when(settings.load()).thenReturn(AppSettings.defaults());
        Access access = new Access(() -> Optional.ofNullable(caller), mock(IssueDirectory.class), policy, users, settings);
        audit = new AoAuditLog(ao);
        docs = new AoConfigDocRepository(ao, revisions);
        service = new TemplateService(docs, new JacksonTemplateCodec(), new OwaspRichTextSanitizer(), access, audit,
                new AoTransactions(ao, revisions));
        caller = OLGA;
    }

    private static PrdTemplate template(String key, String name) {
        PrdTemplate t = TemplateValidatorTest.everyKind();
        return new PrdTemplate(key, name, t.description(), t.sections());
    }

    private static PrdTemplate renamed(PrdTemplate t, String name) {
        return new PrdTemplate(t.key(), name, t.description(), t.sections());
    }

    private List<String> auditActions(String key) {
        return audit.history(TemplateService.AUDIT_SUBJECT, key, new PageRequest(0, 50)).items().stream().map(AuditEntry::action).toList();
    }

    private static List<String> fields(ValidationException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }

    @Test
    public void opsManagersCreateDraftsAtRevisionOne() {
        TemplateDraft created = service.create(template("LEAN", "Lean PRD"));
        assertEquals(ConfigStatus.DRAFT, created.status());
        assertEquals(1, created.revision());
        assertEquals(0, created.publishedVersion());
        assertTrue(created.unpublishedChanges());
        assertEquals(OLGA.key(), created.createdBy());
        assertEquals(OLGA.key(), created.updatedBy());
        assertEquals(template("LEAN", "Lean PRD"), created.template());
        assertEquals(List.of(TemplateService.CREATED), auditActions("LEAN"));
        AuditEntry event = audit.history(TemplateService.AUDIT_SUBJECT, "LEAN", new PageRequest(0, 1)).items().get(0);
        assertEquals(OLGA.key(), event.actorKey());
        assertTrue(event.summary(), event.summary().contains("6 sections: goals, reqs, launch, metrics, people, release"));
    }

    @Test
    public void jiraAdminsAreOpsManagersToo() {
        caller = ADMIN;
        assertEquals(ADMIN.key(), service.create(template("ADMIN_MADE", "x")).createdBy());
    }

    @Test
    public void othersMayNotManageTemplates() {
        caller = PETE;
        try {
            service.create(template("LEAN", "Lean PRD"));
            fail();
        } catch (AccessDeniedException expected) {
            // 403
        }
        caller = null;
        try {
            service.list(new PageRequest(0, 10));
            fail();
        } catch (NotAuthenticatedException expected) {
            // 401
        }
        caller = OLGA;
        assertFalse(docs.find(TemplateService.KIND, "LEAN").isPresent());
    }

    @Test
    public void creatingAnExistingKeyIsReportedWithEveryOtherProblem() {
        service.create(template("LEAN", "Lean PRD"));
        PrdTemplate broken = new PrdTemplate("LEAN", "", null, template("LEAN", "x").sections());
        try {
            service.create(broken);
            fail();
        } catch (ValidationException e) {
            assertEquals(List.of("key", "name"), fields(e));
        }
    }

    @Test
    public void richTextStarterContentIsSanitizedAndKeepsKnownPlaceholders() {
        PrdTemplate t = new PrdTemplate("XSS", "  Trimmed name  ", "", List.of(
                new TemplateSection("goals", " Goals ", SectionKind.RICH_TEXT, true, "<b>plain</b> guidance stays as written",
                        "<p onclick=\"alert(1)\">For {{issue.key}} by {{user.displayName}}</p><script>alert(1)</script>"
                                + "<a href=\"javascript:alert(1)\">x</a><img src=x onerror=alert(1)><svg onload=alert(1)></svg>",
                        null, null, null),
                new TemplateSection("only-script", "Only a script", SectionKind.RICH_TEXT, false, null, "<script>alert(1)</script>", null, null, null)));
        TemplateDraft saved = service.create(t);
        TemplateSection goals = saved.template().sections().get(0);
        assertEquals("<p>For {{issue.key}} by {{user.displayName}}</p>x", goals.starterContent());
        assertEquals("<b>plain</b> guidance stays as written", goals.guidance());
        assertEquals("Goals", goals.title());
        assertEquals("Trimmed name", saved.template().name());
        assertNull(saved.template().description());
        assertNull(saved.template().sections().get(1).starterContent());
        // stored and read back exactly as returned
        assertEquals(saved.template(), service.draft("XSS").template());
    }

    @Test
    public void sanitizingTwiceChangesNothing() {
        String once = service.sanitizeKeepingPlaceholders("<p>It's {{today}} & <em>{{project.name}}</em> \"q\" 😀</p>");
        assertEquals(once, service.sanitizeKeepingPlaceholders(once));
        assertTrue(once, once.contains("{{today}}") && once.contains("{{project.name}}"));
    }

    @Test
    public void draftSavesBumpTheRevisionAndTheKeyIsImmutable() {
        service.create(template("LEAN", "Lean PRD"));
        TemplateDraft saved = service.saveDraft("LEAN", renamed(template(null, "x"), "Lean PRD 2"), 1);
        assertEquals(2, saved.revision());
        assertEquals("Lean PRD 2", saved.template().name());
        assertEquals("LEAN", saved.template().key());
        try {
            service.saveDraft("LEAN", template("OTHER", "x"), 2);
            fail();
        } catch (ValidationException e) {
            assertEquals(List.of("key"), fields(e));
        }
        assertEquals(List.of(TemplateService.DRAFT_SAVED, TemplateService.CREATED), auditActions("LEAN"));
        AuditEntry saveEvent = audit.history(TemplateService.AUDIT_SUBJECT, "LEAN", new PageRequest(0, 1)).items().get(0);
        assertTrue(saveEvent.summary(), saveEvent.summary().contains("name: \"Lean PRD\" -> \"Lean PRD 2\""));
    }

    @Test
    public void staleRevisionsAreConflictsWithTheCurrentStateAndChangeNothing() {
        service.create(template("LEAN", "Lean PRD"));
        service.saveDraft("LEAN", renamed(template("LEAN", ""), "Second"), 1);
        for (Runnable stale : List.<Runnable>of(
                () -> service.saveDraft("LEAN", renamed(template("LEAN", ""), "Third"), 1),
                () -> service.publish("LEAN", "note", 1),
                () -> service.retire("LEAN", 1),
                () -> service.unretire("LEAN", 1))) {
            try {
                stale.run();
                fail();
            } catch (ConflictException e) {
                assertNotNull(e.current());
                assertEquals(2, e.current().revision());
                assertEquals(OLGA.key(), e.current().updatedBy());
                assertNotNull(e.current().updatedAt());
            }
        }
        TemplateDraft now = service.draft("LEAN");
        assertEquals("Second", now.template().name());
        assertEquals(2, now.revision());
        assertEquals(0, now.publishedVersion());
    }

    @Test
    public void publishingFreezesImmutableNumberedVersions() {
        service.create(template("LEAN", "Lean PRD"));
        TemplateDraft published = service.publish("LEAN", "  First version  ", 1);
        assertEquals(ConfigStatus.PUBLISHED, published.status());
        assertEquals(1, published.publishedVersion());
        assertEquals(2, published.revision());
        assertFalse(published.unpublishedChanges());

        TemplateDraft edited = service.saveDraft("LEAN", renamed(template("LEAN", ""), "Lean PRD v2"), 2);
        assertTrue(edited.unpublishedChanges());
        assertEquals("Lean PRD", service.version("LEAN", 1).template().name());
        service.publish("LEAN", "Second", 3);

        TemplateVersion v1 = service.version("LEAN", 1);
        assertEquals("Lean PRD", v1.template().name());
        assertEquals("First version", v1.note());
        assertEquals(OLGA.key(), v1.publishedBy());
        assertEquals(2, v1.latestVersion());
        assertEquals("Lean PRD v2", service.version("LEAN", 2).template().name());
        assertEquals(List.of(2, 1), service.versions("LEAN", new PageRequest(0, 10)).items().stream().map(TemplateVersionInfo::version).toList());
        assertEquals(List.of(1), service.versions("LEAN", new PageRequest(1, 1)).items().stream().map(TemplateVersionInfo::version).toList());
        assertEquals(2, service.versions("LEAN", new PageRequest(1, 1)).total());
        try {
            service.version("LEAN", 3);
            fail();
        } catch (NotFoundException e) {
            assertEquals(TemplateService.VERSION_NOT_FOUND, e.code());
        }
        assertEquals(List.of(TemplateService.PUBLISHED, TemplateService.DRAFT_SAVED, TemplateService.PUBLISHED, TemplateService.CREATED),
                auditActions("LEAN"));
    }

    @Test
    public void publishNeedsANoteAndChanges() {
        service.create(template("LEAN", "Lean PRD"));
        for (String note : new String[]{null, "", "   ", "n".repeat(4001)}) {
            try {
                service.publish("LEAN", note, 1);
                fail();
            } catch (ValidationException e) {
                assertEquals(List.of("note"), fields(e));
            }
        }
        service.publish("LEAN", "v1", 1);
        try {
            service.publish("LEAN", "again", 2);
            fail();
        } catch (ValidationException e) {
            assertEquals(List.of("draft"), fields(e));
            assertTrue(e.getMessage().contains("no changes since version 1"));
        }
        assertEquals(1, service.draft("LEAN").publishedVersion());
    }

    @Test
    public void retireAndUnretire() {
        service.create(template("LEAN", "Lean PRD"));
        try {
            service.retire("LEAN", 1);
            fail();
        } catch (ValidationException e) {
            assertEquals(List.of("status"), fields(e));
        }
        try {
            service.unretire("LEAN", 1);
            fail();
        } catch (ValidationException e) {
            assertEquals(List.of("status"), fields(e));
        }
        service.publish("LEAN", "v1", 1);
        TemplateDraft retired = service.retire("LEAN", 2);
        assertEquals(ConfigStatus.RETIRED, retired.status());
        assertEquals(3, retired.revision());
        try {
            service.retire("LEAN", 3);
            fail();
        } catch (ValidationException e) {
            assertEquals(List.of("status"), fields(e));
        }
        assertEquals(ConfigStatus.PUBLISHED, service.unretire("LEAN", 3).status());
        assertEquals(List.of(TemplateService.UNRETIRED, TemplateService.RETIRED, TemplateService.PUBLISHED, TemplateService.CREATED),
                auditActions("LEAN"));
    }

    @Test
    public void prdsSeePublishedVersionsOnlyAndRetiredOnesFlagged() {
        service.create(template("LEAN", "Lean PRD"));
        assertEquals(Optional.empty(), service.find("LEAN", null));
        assertEquals(Optional.empty(), service.find("LEAN", 1));
        service.publish("LEAN", "v1", 1);
        service.saveDraft("LEAN", renamed(template("LEAN", ""), "Unpublished name"), 2);

        PublishedTemplate latest = service.find("LEAN", null).orElseThrow();
        assertEquals(1, latest.version());
        assertEquals(1, latest.latestVersion());
        assertEquals("Lean PRD", latest.template().name());
        assertFalse(latest.retired());

        service.publish("LEAN", "v2", 3);
        service.retire("LEAN", 4);
        PublishedTemplate v1 = service.find("LEAN", 1).orElseThrow();
        assertEquals(1, v1.version());
        assertEquals(2, v1.latestVersion());
        assertTrue(v1.retired());
        assertEquals("Unpublished name", service.find("LEAN", null).orElseThrow().template().name());
        assertEquals(Optional.empty(), service.find("LEAN", 3));
        assertEquals(Optional.empty(), service.find("LEAN", 0));
        assertEquals(Optional.empty(), service.find("MISSING", null));
    }

    @Test
    public void readersListAndReadPublishedVersionsOnly() {
        service.create(template("DRAFT_ONLY", "Draft only"));
        service.create(template("LIVE", "Live v1"));
        service.publish("LIVE", "v1", 1);
        service.saveDraft("LIVE", renamed(template("LIVE", ""), "Live draft"), 2);
        service.create(template("OLD", "Old"));
        service.publish("OLD", "v1", 1);
        service.retire("OLD", 2);

        assertEquals(3, service.list(new PageRequest(0, 10)).total());
        TemplateSummary ops = service.list(new PageRequest(0, 10)).items().stream().filter(s -> s.key().equals("LIVE")).findFirst().orElseThrow();
        assertEquals("Live draft", ops.name());
        assertEquals(Integer.valueOf(3), ops.revision());

        caller = PETE;
        assertFalse(service.isManager());
        List<TemplateSummary> visible = service.list(new PageRequest(0, 10)).items();
        assertEquals(1, visible.size());
        assertEquals("LIVE", visible.get(0).key());
        assertEquals("Live v1", visible.get(0).name());
        assertNull(visible.get(0).revision());
        assertEquals(6, visible.get(0).sectionCount());
        assertEquals("Live v1", service.latest("LIVE").template().name());
        assertEquals(ConfigStatus.RETIRED, service.latest("OLD").status());
        assertEquals("Old", service.version("OLD", 1).template().name());
        try {
            service.latest("DRAFT_ONLY");
            fail();
        } catch (NotFoundException e) {
            assertEquals(TemplateService.NOT_FOUND, e.code());
        }
        for (Runnable managerOnly : List.<Runnable>of(() -> service.draft("LIVE"), () -> service.versions("LIVE", new PageRequest(0, 10)),
                () -> service.diff("LIVE", 1, null), () -> service.export(null), () -> service.importTemplates(List.of(template("NEW", "n"))),
                () -> service.saveDraft("LIVE", template("LIVE", "x"), 3), () -> service.publish("LIVE", "n", 3),
                () -> service.retire("LIVE", 3), () -> service.unretire("OLD", 3))) {
            try {
                managerOnly.run();
                fail();
            } catch (AccessDeniedException expected) {
                // 403
            }
        }
    }

    @Test
    public void diffBetweenVersionsAndTheDraft() {
        service.create(template("LEAN", "Lean PRD"));
        service.publish("LEAN", "v1", 1);
        List<TemplateSection> sections = new ArrayList<>(template("LEAN", "").sections());
        sections.remove(5);
        sections.add(new TemplateSection("risks", "Risks", SectionKind.RICH_TEXT, false, null, null, null, null, null));
        service.saveDraft("LEAN", new PrdTemplate("LEAN", "Lean PRD", "Now with risks", sections), 2);
        TemplateDiff draftVsV1 = service.diff("LEAN", 1, null);
        assertEquals(List.of("risks"), draftVsV1.added().stream().map(TemplateDiff.SectionRef::key).toList());
        assertEquals(List.of("release"), draftVsV1.removed().stream().map(TemplateDiff.SectionRef::key).toList());
        assertEquals(List.of("description"), draftVsV1.template().stream().map(TemplateDiff.FieldChange::field).toList());
        service.publish("LEAN", "v2", 3);
        assertEquals(draftVsV1, service.diff("LEAN", 1, 2));
        assertTrue(service.diff("LEAN", 2, 2).isEmpty());
        try {
            service.diff("LEAN", 1, 7);
            fail();
        } catch (NotFoundException e) {
            assertEquals(TemplateService.VERSION_NOT_FOUND, e.code());
        }
        try {
            service.diff("NOPE", 1, 2);
            fail();
        } catch (NotFoundException e) {
            assertEquals(TemplateService.NOT_FOUND, e.code());
        }
    }

    @Test
    public void exportCarriesDraftsAndEveryVersionAndImportMakesDraftsOnly() {
        service.create(template("LEAN", "Lean PRD " + TestStrings.MIXED));
        service.publish("LEAN", "v1", 1);
        service.saveDraft("LEAN", renamed(template("LEAN", ""), "Lean draft"), 2);
        service.create(template("BETA", "Beta"));

        List<TemplateExport> exported = service.export(null);
        assertEquals(List.of("BETA", "LEAN"), exported.stream().map(e -> e.draft().template().key()).toList());
        TemplateExport lean = exported.get(1);
        assertEquals("Lean draft", lean.draft().template().name());
        assertEquals(1, lean.versions().size());
        assertEquals("Lean PRD " + TestStrings.MIXED, lean.versions().get(0).template().name());
        assertEquals(List.of("LEAN"), service.export("LEAN").stream().map(e -> e.draft().template().key()).toList());

        PrdTemplate changedLean = renamed(lean.draft().template(), "Imported name");
        PrdTemplate brandNew = template("GAMMA", "Gamma");
        List<TemplateImport> results = service.importTemplates(List.of(changedLean, brandNew));
        assertEquals(TemplateImport.Outcome.NEW_DRAFT_REVISION, results.get(0).outcome());
        assertEquals(4, results.get(0).draft().revision());
        assertEquals("Imported name", results.get(0).draft().template().name());
        assertEquals(TemplateImport.Outcome.CREATED, results.get(1).outcome());
        assertEquals(ConfigStatus.DRAFT, results.get(1).draft().status());

        assertEquals(1, service.draft("LEAN").publishedVersion());
        assertEquals("Lean PRD " + TestStrings.MIXED, service.version("LEAN", 1).template().name());
        assertEquals(ConfigStatus.PUBLISHED, service.draft("LEAN").status());
        assertEquals(TemplateService.IMPORTED, auditActions("LEAN").get(0));
        assertEquals(TemplateService.IMPORTED, auditActions("GAMMA").get(0));
    }

    @Test
    public void importIsValidatedLikeASaveAndAllOrNothing() {
        PrdTemplate good = template("GOOD", "Good");
        PrdTemplate bad = new PrdTemplate("BAD", "Bad", null, List.of(
                new TemplateSection("a", "", SectionKind.RICH_TEXT, false, null, "{{issue.Key}}", null, null, null)));
        try {
            service.importTemplates(List.of(good, bad, template("GOOD", "again")));
            fail();
        } catch (ValidationException e) {
            assertEquals(List.of("templates[1].sections[0].title", "templates[1].sections[0].starterContent", "templates[2].key"), fields(e));
            assertTrue(e.errors().get(1).message().contains("{{issue.Key}}"));
        }
        assertFalse(docs.find(TemplateService.KIND, "GOOD").isPresent());
        try {
            service.importTemplates(List.of());
            fail();
        } catch (ValidationException e) {
            assertEquals(List.of("templates"), fields(e));
        }
    }

    @Test
    public void theBuiltInTemplateIsInstalledOncePublishedByNoUser() {
        assertTrue(service.installBuiltIn(StandardPrdTemplate.TEMPLATE, StandardPrdTemplate.PUBLISH_NOTE));
        assertFalse(service.installBuiltIn(StandardPrdTemplate.TEMPLATE, StandardPrdTemplate.PUBLISH_NOTE));
        TemplateDraft installed = service.draft(StandardPrdTemplate.KEY);
        assertEquals(ConfigStatus.PUBLISHED, installed.status());
        assertEquals(1, installed.publishedVersion());
        assertNull(installed.createdBy());
        assertEquals(StandardPrdTemplate.TEMPLATE, installed.template());
        TemplateVersion v1 = service.version(StandardPrdTemplate.KEY, 1);
        assertNull(v1.publishedBy());
        assertEquals(StandardPrdTemplate.PUBLISH_NOTE, v1.note());
        assertEquals(List.of(TemplateService.PUBLISHED), auditActions(StandardPrdTemplate.KEY));
    }
}

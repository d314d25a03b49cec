package io.prodops.governance.prd.setup;

import io.prodops.governance.ao.EmbeddedActiveObjects;
import io.prodops.governance.common.domain.Access;
import io.prodops.governance.common.domain.AuditLog;
import io.prodops.governance.common.domain.ConfigDoc;
import io.prodops.governance.common.domain.ConfigStatus;
import io.prodops.governance.common.domain.PageRequest;
import io.prodops.governance.common.domain.SystemClock;
import io.prodops.governance.common.port.ClusterLocks;
import io.prodops.governance.common.setup.OneTimeSetup;
import io.prodops.governance.common.setup.SchemaVersionTask;
import io.prodops.governance.common.storage.AoAuditLog;
import io.prodops.governance.common.storage.AoConfigDocRepository;
import io.prodops.governance.common.storage.AoTransactions;
import io.prodops.governance.common.storage.ConfigDocEntity;
import io.prodops.governance.common.storage.ConfigVersionEntity;
import io.prodops.governance.common.storage.RevisionGuard;
import io.prodops.governance.common.text.OwaspRichTextSanitizer;
import io.prodops.governance.prd.domain.PublishedTemplate;
import io.prodops.governance.prd.domain.SectionKind;
import io.prodops.governance.prd.domain.StandardPrdTemplate;
import io.prodops.governance.prd.domain.TemplateSection;
import io.prodops.governance.prd.domain.TemplateService;
import io.prodops.governance.prd.storage.JacksonTemplateCodec;
import io.prodops.governance.testing.AllEntities;
import io.prodops.governance.testing.SharedLock;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.NonTransactional;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Test;
import org.junit.runner.RunWith;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;

@RunWith(ActiveObjectsJUnitRunner.class)
@Data(AllEntities.class)
public class StandardPrdTemplateTaskTest {
    private EntityManager entityManager;

    private TemplateService service(EmbeddedActiveObjects ao, AuditLog audit) {
        RevisionGuard revisions = new RevisionGuard(ao, new SystemClock());
        return new TemplateService(new AoConfigDocRepository(ao, revisions), new JacksonTemplateCodec(), new OwaspRichTextSanitizer(),
                mock(Access.class), audit, new AoTransactions(ao, revisions));
    }

    private OneTimeSetup node(ClusterLocks lock) {
        EmbeddedActiveObjects ao = new EmbeddedActiveObjects(entityManager);
        RevisionGuard revisions = new RevisionGuard(ao, new SystemClock());
        return new OneTimeSetup(lock, new AoTransactions(ao, revisions), List.of(new SchemaVersionTask(ao, new SystemClock()),
                new StandardPrdTemplateTask(service(ao, new AoAuditLog(ao)))));
    }

    @Test
    @NonTransactional
    public void installedOncePublishedAsVersionOneAndASecondRunCreatesNothing() throws Exception {
        SharedLock lock = new SharedLock();
        OneTimeSetup nodeA = node(lock);
        OneTimeSetup nodeB = node(lock);
        CompletableFuture<List<String>> a = CompletableFuture.supplyAsync(nodeA::run);
        CompletableFuture<List<String>> b = CompletableFuture.supplyAsync(nodeB::run);
        List<String> applied = new java.util.ArrayList<>(a.get());
        applied.addAll(b.get());
        assertEquals(List.of("schema-version", "standard-prd-template"), applied.stream().sorted().toList());

        assertEquals(List.of(), nodeA.run());
        assertEquals(1, entityManager.count(ConfigDocEntity.class, "KIND = ?", TemplateService.KIND));
        assertEquals(1, entityManager.count(ConfigVersionEntity.class));
        EmbeddedActiveObjects ao = new EmbeddedActiveObjects(entityManager);
        AoAuditLog audit = new AoAuditLog(ao);
        assertEquals(1, audit.history(TemplateService.AUDIT_SUBJECT, StandardPrdTemplate.KEY, new PageRequest(0, 10)).total());

        ConfigDoc doc = new AoConfigDocRepository(ao, new RevisionGuard(ao, new SystemClock())).find(TemplateService.KIND, StandardPrdTemplate.KEY).orElseThrow();
        assertEquals(ConfigStatus.PUBLISHED, doc.status());
        assertEquals(1, doc.publishedVersion());
        assertNull(doc.createdBy());
        PublishedTemplate v1 = service(ao, audit).find(StandardPrdTemplate.KEY, null).orElseThrow();
        assertEquals(1, v1.version());
        assertEquals(StandardPrdTemplate.TEMPLATE, v1.template());
        assertFalse(v1.retired());
    }

    @Test
    public void theStandardPrdHasTheDocumentedSections() {
        List<TemplateSection> s = StandardPrdTemplate.TEMPLATE.sections();
        assertEquals(List.of("Target release", "People", "Goals", "Background and strategic fit", "Assumptions", "Requirements",
                "User interaction and design", "Success metrics", "Questions", "Not doing", "Launch plan"), s.stream().map(TemplateSection::title).toList());
        assertEquals(List.of(SectionKind.DATE, SectionKind.PEOPLE, SectionKind.RICH_TEXT, SectionKind.RICH_TEXT, SectionKind.RICH_TEXT,
                SectionKind.TABLE, SectionKind.RICH_TEXT, SectionKind.METRICS, SectionKind.TABLE, SectionKind.RICH_TEXT, SectionKind.CHECKLIST),
                s.stream().map(TemplateSection::kind).toList());
        assertEquals(List.of("Owner", "Designer", "Engineering", "QA"), s.get(1).roles());
        assertEquals(List.of("#", "Title", "User story", "Importance", "Notes"), s.get(5).columns());
        assertEquals(List.of("Question", "Outcome"), s.get(8).columns());
        assertEquals(List.of("target-release", "people", "goals", "background", "requirements", "success-metrics"),
                s.stream().filter(TemplateSection::required).map(TemplateSection::key).toList());
        assertTrue(s.stream().allMatch(x -> x.guidance() != null && !x.guidance().isBlank()));
    }
}

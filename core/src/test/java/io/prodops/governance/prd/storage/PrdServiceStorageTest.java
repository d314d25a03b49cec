package io.prodops.governance.prd.storage;

import io.prodops.governance.common.domain.AccessDeniedException;
import io.prodops.governance.common.domain.AuditEntry;
import io.prodops.governance.common.domain.ConflictException;
import io.prodops.governance.common.domain.GovernanceException;
import io.prodops.governance.common.domain.NotFoundException;
import io.prodops.governance.common.domain.PageRequest;
import io.prodops.governance.common.domain.PayloadTooLargeException;
import io.prodops.governance.common.domain.ValidationException;
import io.prodops.governance.prd.PrdFixture;
import io.prodops.governance.prd.domain.PrdSection;
import io.prodops.governance.prd.domain.PrdStatus;
import io.prodops.governance.prd.domain.PrdTemplate;
import io.prodops.governance.prd.domain.PrdView;
import io.prodops.governance.prd.domain.ReviewDecision;
import io.prodops.governance.prd.domain.SectionContent;
import io.prodops.governance.prd.domain.SectionKind;
import io.prodops.governance.prd.domain.TemplateSection;
import io.prodops.governance.prd.domain.UpgradePlan;
import io.prodops.governance.testing.AllEntities;
import io.prodops.governance.testing.TestStrings;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static io.prodops.governance.prd.PrdFixture.ISSUE;
import static io.prodops.governance.prd.PrdFixture.OUTSIDER;
import static io.prodops.governance.prd.PrdFixture.PETE;
import static io.prodops.governance.prd.PrdFixture.RALF;
import static io.prodops.governance.prd.PrdFixture.RITA;
import static io.prodops.governance.prd.PrdFixture.VIC;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/** The PRD lifecycle end to end over real storage (H2 here; PostgreSQL and MariaDB in CI). */
@RunWith(ActiveObjectsJUnitRunner.class)
@Data(AllEntities.class)
public class PrdServiceStorageTest {
    private EntityManager entityManager;
    private PrdFixture f;

    @Before
    public void setUp() {
        f = new PrdFixture(entityManager);
        f.publish(PrdFixture.everyKind("EVERY"), 1);
    }

    @Test
    public void aPrdStartsFromTheTemplateWithPlaceholdersFilledAndEscaped() {
        PrdView view = f.service.create("GROW-1", "EVERY", null);

        assertEquals(PrdStatus.DRAFT, view.prd().header().status());
        assertEquals(1, view.prd().header().templateVersion());
        assertEquals(6, view.prd().sections().size());
        assertEquals(new SectionContent.RichText("<p>Goals of GROW-1: Checkout &lt;v2&gt; &amp; more</p>"), section(view, "goals").content());
        assertEquals("Docs for Growth", ((SectionContent.Checklist) section(view, "launch").content()).items().get(0).text());
        assertEquals(LocalDate.parse("2026-11-23"), ((SectionContent.DateValue) section(view, "release").content()).date());
        assertEquals(List.of("owner", "qa"), List.copyOf(((SectionContent.People) section(view, "people").content()).roles().keySet()));
        // goals (starter text) and release (today) are filled, the required table is not: 2 of 3
        assertEquals(2.0 / 3, view.prd().completeness(), 1e-9);
        assertTrue(view.canEdit());
        expect(ConflictException.class, () -> f.service.create("GROW-1", "EVERY", null));
    }

    @Test
    public void viewersReadEditorsWriteAndOutsidersSeeNothing() {
        f.service.create("GROW-1", "EVERY", null);
        assertFalse(f.as(VIC).service.get("GROW-1").canEdit());
        expect(AccessDeniedException.class, () -> f.as(VIC).service.updateSection("GROW-1", "goals", "\"<p>x</p>\"", 1));
        NotFoundException hidden = expect(NotFoundException.class, () -> f.as(OUTSIDER).service.get("GROW-1"));
        assertEquals("ISSUE_NOT_FOUND", hidden.code());
        assertEquals("PRD_NOT_FOUND", expect(NotFoundException.class, () -> f.as(PETE).service.history("NOPE-1", PageRequest.of(0, 5))).code().replace("ISSUE", "PRD"));
    }

    @Test
    public void sectionsHaveTheirOwnRevisionsSoDifferentSectionsNeverCollide() {
        f.service.create("GROW-1", "EVERY", null);
        PrdView a = f.service.updateSection("GROW-1", "goals", "\"<p>A</p><script>alert(1)</script>\"", 1);
        PrdView b = f.service.updateSection("GROW-1", "requirements", "[[\"1\", \"Fast checkout\"]]", 1);

        assertEquals(new SectionContent.RichText("<p>A</p>"), section(b, "goals").content());
        assertEquals(2, section(a, "goals").revision().revision());
        assertEquals(2, section(b, "requirements").revision().revision());
        assertEquals(1.0, b.prd().completeness(), 1e-9);

        ConflictException stale = expect(ConflictException.class, () -> f.service.updateSection("GROW-1", "goals", "\"<p>B</p>\"", 1));
        assertEquals(2, stale.current().revision());
        assertEquals("pete", stale.current().updatedBy());
        assertEquals(new SectionContent.RichText("<p>A</p>"), section(f.service.get("GROW-1"), "goals").content());
    }

    @Test
    public void contentIsCheckedPerKindWithFieldRowAndColumn() {
        f.service.create("GROW-1", "EVERY", null);
        ValidationException cells = expect(ValidationException.class, () -> f.service.updateSection("GROW-1", "requirements", "[[\"1\"]]", 1));
        assertEquals(Integer.valueOf(1), cells.errors().get(0).row());
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 201; i++) {
            rows.add("[\"" + i + "\",\"x\"]");
        }
        ValidationException tooMany = expect(ValidationException.class, () -> f.service.updateSection("GROW-1", "requirements", "[" + String.join(",", rows) + "]", 1));
        assertTrue(tooMany.getMessage(), tooMany.getMessage().contains("at most 200"));
        assertEquals("content", expect(ValidationException.class, () -> f.service.updateSection("GROW-1", "release", "\"next tuesday\"", 1)).errors().get(0).field());
        assertEquals("content.owner[0]", expect(ValidationException.class,
                () -> f.service.updateSection("GROW-1", "people", "{\"owner\":[\"nobody\"]}", 1)).errors().get(0).field());
        assertEquals("content.cto", expect(ValidationException.class,
                () -> f.service.updateSection("GROW-1", "people", "{\"cto\":[\"pete\"]}", 1)).errors().get(0).field());
        assertEquals("revision", expect(ValidationException.class, () -> f.service.updateSection("GROW-1", "goals", "\"x\"", null)).errors().get(0).field());
        PrdView people = f.service.updateSection("GROW-1", "people", "{\"owner\":[\"pete\",\"pete\"],\"qa\":[]}", 1);
        assertEquals(List.of("pete"), ((SectionContent.People) section(people, "people").content()).roles().get("owner"));
    }

    @Test
    public void sizeLimitsAre64KbPerSectionAnd1MbPerPrdAndAMegabytePrdRoundTrips() {
        PrdTemplate big = new PrdTemplate("BIG", "Big", "", java.util.stream.IntStream.range(0, 20)
                .mapToObj(i -> new TemplateSection("s" + i, "Section " + i, SectionKind.RICH_TEXT, false, null, null, null, null, null)).toList());
        f.publish(big, 1);
        f.service.create("GROW-1", "BIG", null);
        String tooBig = "\"<p>" + "x".repeat(64 * 1024) + "</p>\"";
        assertEquals("PAYLOAD_TOO_LARGE", expect(PayloadTooLargeException.class, () -> f.service.updateSection("GROW-1", "s0", tooBig, 1)).code());

        String sample = TestStrings.ofLength(10_000);
        double bytesPerChar = sample.getBytes(java.nio.charset.StandardCharsets.UTF_8).length / 10_000.0;
        String chunk = "<p>" + TestStrings.ofLength((int) (60_000 / bytesPerChar)) + "</p>"; // ~60 KB of UTF-8 (emoji, CJK, RTL)
        int filled = 0;
        try {
            for (int i = 0; i < 20; i++) {
                f.service.updateSection("GROW-1", "s" + i, com.fasterxml.jackson.databind.node.TextNode.valueOf(chunk).toString(), 1);
                filled++;
            }
            fail("20 x 60 KB must exceed the 1 MB limit");
        } catch (PayloadTooLargeException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("1 MB"));
        }
        PrdView stored = f.service.get("GROW-1");
        long bytes = 0;
        for (int i = 0; i < filled; i++) {
            SectionContent.RichText text = (SectionContent.RichText) section(stored, "s" + i).content();
            assertEquals("stored as sanitized (emoji become numeric entities)", new io.prodops.governance.common.text.OwaspRichTextSanitizer().sanitize(chunk), text.html());
            bytes += text.html().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        }
        assertTrue("stored " + bytes, bytes > 900_000);
    }

    @Test
    public void reviewApprovesWhenEveryReviewerApprovedAndEditingARequiredSectionRevokesIt() {
        f.service.create("GROW-1", "EVERY", null);
        f.service.updateSection("GROW-1", "requirements", "[[\"1\",\"Fast\"]]", 1);
        ValidationException bad = expect(ValidationException.class, () -> f.service.submit("GROW-1", List.of("rita", "nobody", "otto"), 1));
        assertEquals(List.of("reviewers[1]", "reviewers[2]"), bad.errors().stream().map(e -> e.field()).toList());
        PrdView submitted = f.service.submit("GROW-1", List.of("rita", "ralf"), 1);
        assertEquals(PrdStatus.IN_REVIEW, submitted.prd().header().status());
        assertEquals("PRD_IN_REVIEW", expect(ConflictException.class, () -> f.service.updateSection("GROW-1", "goals", "\"<p>late</p>\"", 1)).code());
        expect(AccessDeniedException.class, () -> f.as(VIC).service.review("GROW-1", ReviewDecision.APPROVE, null));

        assertEquals(PrdStatus.IN_REVIEW, f.as(RITA).service.review("GROW-1", ReviewDecision.APPROVE, "fine").prd().header().status());
        PrdView approved = f.as(RALF).service.review("GROW-1", ReviewDecision.APPROVE, null);
        assertEquals(PrdStatus.APPROVED, approved.prd().header().status());
        assertEquals("PRD_NOT_IN_REVIEW", expect(ConflictException.class, () -> f.as(RITA).service.review("GROW-1", ReviewDecision.APPROVE, null)).code());

        PrdView optionalEdit = f.as(PETE).service.updateSection("GROW-1", "launch", "[{\"text\":\"Docs\",\"done\":true}]", 1);
        assertEquals("optional sections keep the approval", PrdStatus.APPROVED, optionalEdit.prd().header().status());
        PrdView requiredEdit = f.service.updateSection("GROW-1", "goals", "\"<p>new goal</p>\"", 1);
        assertEquals(PrdStatus.DRAFT, requiredEdit.prd().header().status());
        assertTrue(requiredEdit.prd().reviewers().stream().allMatch(r -> r.decision() == null));
        List<String> actions = f.service.history("GROW-1", PageRequest.of(0, 50)).items().stream().map(AuditEntry::action).toList();
        assertTrue(actions.toString(), actions.containsAll(List.of("PRD_CREATED", "SUBMITTED", "REVIEW_APPROVED", "PRD_APPROVED", "APPROVAL_REVOKED", "SECTION_EDITED:goals")));
    }

    @Test
    public void requestingChangesNeedsACommentAndReopensThePrd() {
        f.service.create("GROW-1", "EVERY", null);
        f.service.submit("GROW-1", List.of("rita"), 1);
        assertEquals("comment", expect(ValidationException.class, () -> f.as(RITA).service.review("GROW-1", ReviewDecision.REQUEST_CHANGES, " ")).errors().get(0).field());
        PrdView changes = f.as(RITA).service.review("GROW-1", ReviewDecision.REQUEST_CHANGES, "Add metrics");
        assertEquals(PrdStatus.CHANGES_REQUESTED, changes.prd().header().status());
        assertEquals("Add metrics", changes.prd().reviewer("rita").orElseThrow().comment());
        PrdView edited = f.as(PETE).service.updateSection("GROW-1", "metrics", "[{\"name\":\"Conversion\",\"baseline\":\"2%\",\"target\":\"3%\"}]", 1);
        assertEquals(PrdStatus.CHANGES_REQUESTED, edited.prd().header().status());
        assertEquals(PrdStatus.IN_REVIEW, f.service.submit("GROW-1", List.of("rita"), edited.prd().header().revision().revision()).prd().header().status());
    }

    @Test
    public void rapidEditsOfOneSectionCoalesceIntoOneHistoryEntry() {
        f.service.create("GROW-1", "EVERY", null);
        for (int revision = 1; revision <= 4; revision++) {
            f.service.updateSection("GROW-1", "goals", "\"<p>draft " + revision + "</p>\"", revision);
        }
        List<AuditEntry> history = f.service.history("GROW-1", PageRequest.of(0, 50)).items();
        AuditEntry edits = history.stream().filter(e -> e.action().equals("SECTION_EDITED:goals")).findFirst().orElseThrow();
        assertEquals(4, edits.changeCount());
        assertEquals(1, history.stream().filter(e -> e.action().equals("SECTION_EDITED:goals")).count());
    }

    @Test
    public void upgradeKeepsArchivesAndAddsSectionsAndAnApprovalDoesNotSurviveIt() {
        f.service.create("GROW-1", "EVERY", null);
        f.service.updateSection("GROW-1", "goals", "\"<p>kept goal</p>\"", 1);
        PrdTemplate v2 = new PrdTemplate("EVERY", "Every kind", "v2", List.of(
                new TemplateSection("goals", "Goals and non-goals", SectionKind.RICH_TEXT, true, null, null, null, null, null),
                new TemplateSection("requirements", "Requirements", SectionKind.RICH_TEXT, false, null, "<p>now prose</p>", null, null, null),
                new TemplateSection("risks", "Risks", SectionKind.RICH_TEXT, false, null, "<p>Risks of {{issue.key}}</p>", null, null, null)));
        f.publish(v2, 2);
        assertTrue(f.service.get("GROW-1").upgradeAvailable());

        UpgradePlan preview = f.service.upgradePreview("GROW-1", 2);
        assertEquals(List.of("goals"), preview.kept());
        assertEquals(List.of("requirements", "launch", "metrics", "people", "release"), preview.archived());
        assertEquals(List.of("requirements", "risks"), preview.added());
        expect(ValidationException.class, () -> f.service.upgradePreview("GROW-1", 1));

        PrdView upgraded = f.service.upgrade("GROW-1", 2, 1);
        assertEquals(2, upgraded.prd().header().templateVersion());
        assertEquals(new SectionContent.RichText("<p>kept goal</p>"), section(upgraded, "goals").content());
        assertEquals("Goals and non-goals", section(upgraded, "goals").title());
        assertEquals(SectionKind.RICH_TEXT, section(upgraded, "requirements").kind());
        assertEquals("numbering continues after the archived section it replaces", 2, section(upgraded, "requirements").revision().revision());
        assertEquals("a page still holding the old table's revision conflicts instead of writing into the new section",
                "STALE_REVISION", expect(ConflictException.class, () -> f.service.updateSection("GROW-1", "requirements", "\"<p>x</p>\"", 1)).code());
        assertTrue(section(upgraded, "requirements~v1").archived());
        assertEquals(SectionKind.TABLE, section(upgraded, "requirements~v1").kind());
        assertTrue(section(upgraded, "launch").archived());
        assertEquals(new SectionContent.RichText("<p>Risks of GROW-1</p>"), section(upgraded, "risks").content());
        assertEquals("archived sections are read-only", "sectionKey", expect(ValidationException.class,
                () -> f.service.updateSection("GROW-1", "launch", "[]", 1)).errors().get(0).field());
        assertFalse(upgraded.upgradeAvailable());
        assertEquals(List.of("goals", "requirements", "risks"), upgraded.prd().sections().stream().filter(s -> !s.archived()).map(PrdSection::key).toList());
    }

    @Test
    public void upgradeMigratesTablesAndPeopleThatStillFitAndArchivesWhatWouldLoseData() {
        f.service.create("GROW-1", "EVERY", null);
        f.service.updateSection("GROW-1", "requirements", "[[\"1\",\"Fast\"]]", 1);
        f.service.updateSection("GROW-1", "people", "{\"owner\":[\"pete\"],\"qa\":[\"rita\"]}", 1);
        f.service.submit("GROW-1", List.of("rita"), f.service.get("GROW-1").prd().header().revision().revision());
        f.as(RITA).service.review("GROW-1", ReviewDecision.APPROVE, null);
        f.as(PETE);
        PrdTemplate everyKind = PrdFixture.everyKind("EVERY");
        List<TemplateSection> sections = new ArrayList<>();
        for (TemplateSection s : everyKind.sections()) {
            if (s.key().equals("requirements")) { // one more column: the table is kept, rows padded
                s = new TemplateSection(s.key(), s.title(), s.kind(), s.required(), s.guidance(), null, List.of("#", "Title", "Notes"), null, null);
            } else if (s.key().equals("people")) { // qa dropped while it has people: archived, nothing lost
                s = new TemplateSection(s.key(), s.title(), s.kind(), s.required(), s.guidance(), null, null, null, List.of("owner", "design"));
            }
            sections.add(s);
        }
        f.publish(new PrdTemplate("EVERY", "Every kind", "v2", sections), 2);

        PrdView upgraded = f.service.upgrade("GROW-1", 2, f.service.get("GROW-1").prd().header().revision().revision());

        assertEquals(new SectionContent.Table(List.of(List.of("1", "Fast", ""))), section(upgraded, "requirements").content());
        assertTrue(section(upgraded, "people~v1").archived());
        assertEquals(List.of("pete"), ((SectionContent.People) section(upgraded, "people~v1").content()).roles().get("owner"));
        assertEquals(List.of("owner", "design"), List.copyOf(((SectionContent.People) section(upgraded, "people").content()).roles().keySet()));
        assertEquals(PrdStatus.DRAFT, upgraded.prd().header().status());
        assertTrue("approvals cleared", upgraded.prd().reviewers().stream().allMatch(r -> r.decision() == null));
        assertEquals(upgraded.prd().completeness(), f.repository.findByIssueId(ISSUE.id()).orElseThrow().completeness(), 1e-9);
        List<String> actions = f.service.history("GROW-1", PageRequest.of(0, 50)).items().stream().map(AuditEntry::action).toList();
        assertTrue(actions.toString(), actions.containsAll(List.of("UPGRADED", "APPROVAL_REVOKED")));
        f.service.updateSection("GROW-1", "requirements", "[[\"1\",\"Fast\",\"now with notes\"]]", section(upgraded, "requirements").revision().revision());
    }

    @Test
    public void anonymizingAUserRewritesTheKeyInsidePeopleSectionsToo() {
        f.service.create("GROW-1", "EVERY", null);
        f.service.updateSection("GROW-1", "people", "{\"owner\":[\"pete\",\"rita\"],\"qa\":[\"pete\"]}", 1);
        io.prodops.governance.common.storage.UserKeyRewriter rewriter =
                new io.prodops.governance.common.storage.UserKeyRewriter(new io.prodops.governance.ao.EmbeddedActiveObjects(entityManager));

        assertEquals(Integer.valueOf(1), rewriter.occurrences("pete").get("PRD_SECTION.CONTENT (people)"));
        rewriter.rewrite("pete", "JIRAUSER10500");

        SectionContent.People people = (SectionContent.People) section(f.service.get("GROW-1"), "people").content();
        assertEquals(List.of("JIRAUSER10500", "rita"), people.roles().get("owner"));
        assertEquals(List.of("JIRAUSER10500"), people.roles().get("qa"));
        assertEquals(null, rewriter.occurrences("pete").get("PRD_SECTION.CONTENT (people)"));
        assertEquals(null, io.prodops.governance.common.storage.UserKeyRewriterAccess.replace("{\"owner\":[\"peter\"]}", "pete", "x"));
    }

    /** No N+1: header, sections and reviewers, whatever the number of sections. */
    @Test
    public void loadingAPrdWithFiveSectionsTakesThreeQueries() {
        assertEquals(3, queriesToLoad(5, "FIVE", "GROW-1"));
    }

    @Test
    public void loadingAPrdWithThirtySectionsTakesThreeQueries() {
        assertEquals(3, queriesToLoad(30, "THIRTY", "GROW-1"));
    }

    private int queriesToLoad(int sections, String key, String issueKey) {
        PrdTemplate template = new PrdTemplate(key, key, "", java.util.stream.IntStream.range(0, sections)
                .mapToObj(i -> new TemplateSection("s" + i, "S" + i, SectionKind.values()[i % 6], false, null, null,
                        List.of("a"), List.of("b"), List.of("c"))).toList());
        f.publish(template, 1);
        f.service.create(issueKey, key, null);
        AtomicInteger queries = new AtomicInteger();
        net.java.ao.DatabaseProvider.SqlListener counter = sql -> queries.incrementAndGet();
        entityManager.getProvider().addSqlListener(counter);
        try {
            assertEquals(sections, f.repository.load(ISSUE.id()).orElseThrow().sections().size());
        } finally {
            entityManager.getProvider().removeSqlListener(counter);
        }
        return queries.get();
    }

    private static PrdSection section(PrdView view, String key) {
        return view.prd().section(key).orElseThrow(() -> new AssertionError("no section " + key));
    }

    private static <T extends GovernanceException> T expect(Class<T> type, Runnable action) {
        try {
            action.run();
        } catch (GovernanceException e) {
            if (type.isInstance(e)) {
                return type.cast(e);
            }
            throw new AssertionError("expected " + type.getSimpleName() + " but got " + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }
}

package io.prodops.governance.prd.domain;

import io.prodops.governance.prd.domain.TemplateDiff.FieldChange;
import io.prodops.governance.prd.domain.TemplateDiff.SectionChange;
import io.prodops.governance.prd.domain.TemplateDiff.SectionRef;
import io.prodops.governance.prd.domain.TemplateDiff.SectionRename;
import org.junit.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class TemplateDiffTest {
    private static PrdTemplate template(TemplateSection... sections) {
        return new PrdTemplate("T", "Name", "Description", List.of(sections));
    }

    private static TemplateSection rich(String key, String title) {
        return new TemplateSection(key, title, SectionKind.RICH_TEXT, false, null, null, null, null, null);
    }

    @Test
    public void identicalVersionsHaveNoChanges() {
        PrdTemplate t = TemplateValidatorTest.everyKind();
        TemplateDiff diff = TemplateDiff.between(t, t);
        assertTrue(diff.isEmpty());
        assertEquals("no changes", diff.summary());
    }

    @Test
    public void nameAndDescriptionChanges() {
        PrdTemplate a = template(rich("a", "A"));
        PrdTemplate b = new PrdTemplate("T", "New name", null, a.sections());
        assertEquals(List.of(new FieldChange("name", "Name", "New name"), new FieldChange("description", "Description", null)),
                TemplateDiff.between(a, b).template());
    }

    @Test
    public void addedRemovedAndRenamedSectionsAreMatchedByKey() {
        PrdTemplate from = template(rich("goals", "Goals"), rich("scope", "Scope"), rich("old", "Old"));
        PrdTemplate to = template(rich("goals", "Goals"), rich("scope", "Not doing"), rich("new", "New"));
        TemplateDiff diff = TemplateDiff.between(from, to);
        assertEquals(List.of(new SectionRef("new", "New", SectionKind.RICH_TEXT, 3)), diff.added());
        assertEquals(List.of(new SectionRef("old", "Old", SectionKind.RICH_TEXT, 3)), diff.removed());
        assertEquals(List.of(new SectionRename("scope", "Scope", "Not doing")), diff.renamed());
        assertEquals(List.of(), diff.changed());
        assertEquals("sections added: new; sections removed: old; sections renamed: scope (\"Scope\" -> \"Not doing\")", diff.summary());
    }

    @Test
    public void everyChangedFieldIsListed() {
        TemplateSection a = new TemplateSection("s", "S", SectionKind.TABLE, false, "g1", null, List.of("a"), null, null);
        TemplateSection b = new TemplateSection("s", "S", SectionKind.CHECKLIST, true, "g2", null, null, List.of("x"), null);
        TemplateDiff diff = TemplateDiff.between(template(a), template(b));
        assertEquals(1, diff.changed().size());
        SectionChange change = diff.changed().get(0);
        assertEquals("s", change.key());
        assertEquals(List.of(new FieldChange("kind", SectionKind.TABLE, SectionKind.CHECKLIST), new FieldChange("required", false, true),
                new FieldChange("guidance", "g1", "g2"), new FieldChange("columns", List.of("a"), List.of()),
                new FieldChange("items", List.of(), List.of("x"))), change.fields());

        TemplateSection p1 = new TemplateSection("p", "P", SectionKind.PEOPLE, false, null, null, null, null, List.of("Owner"));
        TemplateSection p2 = new TemplateSection("p", "P", SectionKind.PEOPLE, false, null, null, null, null, List.of("Owner", "QA"));
        TemplateSection r1 = new TemplateSection("r", "R", SectionKind.RICH_TEXT, false, null, "<p>a</p>", null, null, null);
        TemplateSection r2 = new TemplateSection("r", "R", SectionKind.RICH_TEXT, false, null, "<p>b</p>", null, null, null);
        TemplateDiff more = TemplateDiff.between(template(p1, r1), template(p2, r2));
        assertEquals(List.of(new FieldChange("roles", List.of("Owner"), List.of("Owner", "QA"))), more.changed().get(0).fields());
        assertEquals(List.of(new FieldChange("starterContent", "<p>a</p>", "<p>b</p>")), more.changed().get(1).fields());
        assertEquals("sections changed: p (roles), r (starterContent)", more.summary());
    }

    @Test
    public void insertingASectionDoesNotMoveTheOthers() {
        PrdTemplate from = template(rich("a", "A"), rich("b", "B"), rich("c", "C"));
        PrdTemplate to = template(rich("new", "New"), rich("a", "A"), rich("b", "B"), rich("c", "C"));
        TemplateDiff diff = TemplateDiff.between(from, to);
        assertEquals(1, diff.added().size());
        assertEquals(List.of(), diff.changed());
    }

    @Test
    public void movingOneSectionReportsOnlyThatOne() {
        PrdTemplate from = template(rich("a", "A"), rich("b", "B"), rich("c", "C"), rich("d", "D"));
        PrdTemplate to = template(rich("b", "B"), rich("c", "C"), rich("d", "D"), rich("a", "A"));
        TemplateDiff diff = TemplateDiff.between(from, to);
        assertEquals(List.of(new SectionChange("a", "A", List.of(new FieldChange("position", 1, 4)))), diff.changed());
    }

    @Test
    public void aSectionCanBeRenamedAndChangedAtOnce() {
        TemplateSection a = new TemplateSection("s", "Old", SectionKind.RICH_TEXT, false, null, null, null, null, null);
        TemplateSection b = new TemplateSection("s", "New", SectionKind.RICH_TEXT, true, null, null, null, null, null);
        TemplateDiff diff = TemplateDiff.between(template(a), template(b));
        assertEquals(List.of(new SectionRename("s", "Old", "New")), diff.renamed());
        assertEquals(List.of(new SectionChange("s", "New", List.of(new FieldChange("required", false, true)))), diff.changed());
        assertFalse(diff.isEmpty());
    }

    @Test
    public void summaryAbbreviatesLongValues() {
        String longName = "n".repeat(200);
        TemplateDiff diff = TemplateDiff.between(template(rich("a", "A")), new PrdTemplate("T", longName, "Description", List.of(rich("a", "A"))));
        assertTrue(diff.summary(), diff.summary().length() < 120);
        assertTrue(diff.summary().endsWith("…\""));
    }

    @Test
    public void largeReorderIsStillMinimal() {
        List<TemplateSection> from = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            from.add(rich("s" + i, "S" + i));
        }
        List<TemplateSection> to = new ArrayList<>(from);
        TemplateSection moved = to.remove(10);
        to.add(50, moved);
        TemplateDiff diff = TemplateDiff.between(new PrdTemplate("T", "Name", "Description", from), new PrdTemplate("T", "Name", "Description", to));
        assertEquals(1, diff.changed().size());
        assertEquals("s10", diff.changed().get(0).key());
    }
}

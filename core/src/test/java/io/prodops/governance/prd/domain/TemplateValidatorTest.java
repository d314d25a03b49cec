package io.prodops.governance.prd.domain;

import io.prodops.governance.common.domain.FieldError;
import org.junit.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class TemplateValidatorTest {
    static TemplateSection rich(String key) {
        return new TemplateSection(key, "Title " + key, SectionKind.RICH_TEXT, false, null, null, null, null, null);
    }

    /** A valid template with one section of each kind. */
    static PrdTemplate everyKind() {
        return new PrdTemplate("ALL_KINDS", "All kinds", "One section of each kind", List.of(
                new TemplateSection("goals", "Goals", SectionKind.RICH_TEXT, true, "What we want", "<p>For {{issue.key}}: {{issue.summary}}</p>",
                        null, null, null),
                new TemplateSection("reqs", "Requirements", SectionKind.TABLE, true, null, null, List.of("#", "Title"), null, null),
                new TemplateSection("launch", "Launch", SectionKind.CHECKLIST, false, null, null, null, List.of("Docs"), null),
                new TemplateSection("metrics", "Metrics", SectionKind.METRICS, false, null, null, null, List.of("Conversion"), null),
                new TemplateSection("people", "People", SectionKind.PEOPLE, true, null, null, null, null, List.of("Owner", "QA")),
                new TemplateSection("release", "Release", SectionKind.DATE, false, null, "{{today}}", null, null, null)));
    }

    private static List<FieldError> problems(PrdTemplate t) {
        return TemplateValidator.problems(t);
    }

    private static PrdTemplate withSection(int index, UnaryOperator<TemplateSection> change) {
        PrdTemplate t = everyKind();
        List<TemplateSection> sections = new ArrayList<>(t.sections());
        sections.set(index, change.apply(sections.get(index)));
        return new PrdTemplate(t.key(), t.name(), t.description(), sections);
    }

    private static TemplateSection copy(TemplateSection s, String key, String title, SectionKind kind, String guidance, String starter,
                                        List<String> columns, List<String> items, List<String> roles) {
        return new TemplateSection(key, title, kind, s.required(), guidance, starter, columns, items, roles);
    }

    private static void assertOnly(List<FieldError> errors, String field, String messagePart) {
        assertEquals(errors.toString(), 1, errors.size());
        assertEquals(field, errors.get(0).field());
        assertTrue(errors.get(0).message(), errors.get(0).message().contains(messagePart));
    }

    private static String repeat(char c, int n) {
        return String.join("", Collections.nCopies(n, String.valueOf(c)));
    }

    @Test
    public void aTemplateWithEveryKindIsValid() {
        assertEquals(List.of(), problems(everyKind()));
        assertEquals(List.of(), problems(StandardPrdTemplate.TEMPLATE));
    }

    @Test
    public void keyIsUpperCaseTwoTo31Characters() {
        for (String good : new String[]{"AB", "STANDARD_PRD", "A1", "X" + repeat('Y', 30)}) {
            assertEquals(good, List.of(), problems(new PrdTemplate(good, "n", null, List.of(rich("a")))));
        }
        for (String bad : new String[]{"A", "ab", "1AB", "_AB", "A-B", "A B", "X" + repeat('Y', 31), "ÄB"}) {
            assertOnly(problems(new PrdTemplate(bad, "n", null, List.of(rich("a")))), "key", "upper-case");
        }
        assertOnly(problems(new PrdTemplate(null, "n", null, List.of(rich("a")))), "key", "required");
        assertOnly(problems(new PrdTemplate("", "n", null, List.of(rich("a")))), "key", "required");
    }

    @Test
    public void nameIsRequiredAndAtMost255() {
        assertOnly(problems(new PrdTemplate("AB", null, null, List.of(rich("a")))), "name", "required");
        assertOnly(problems(new PrdTemplate("AB", "   ", null, List.of(rich("a")))), "name", "required");
        assertEquals(List.of(), problems(new PrdTemplate("AB", repeat('n', 255), null, List.of(rich("a")))));
        assertOnly(problems(new PrdTemplate("AB", repeat('n', 256), null, List.of(rich("a")))), "name", "at most 255");
    }

    @Test
    public void descriptionIsAtMost4000() {
        assertEquals(List.of(), problems(new PrdTemplate("AB", "n", repeat('d', 4000), List.of(rich("a")))));
        assertOnly(problems(new PrdTemplate("AB", "n", repeat('d', 4001), List.of(rich("a")))), "description", "at most 4000");
    }

    @Test
    public void oneTo60Sections() {
        assertOnly(problems(new PrdTemplate("AB", "n", null, List.of())), "sections", "between 1 and 60");
        List<TemplateSection> sixty = new ArrayList<>();
        for (int i = 0; i < 61; i++) {
            sixty.add(rich("s" + i));
        }
        assertEquals(List.of(), problems(new PrdTemplate("AB", "n", null, sixty.subList(0, 60))));
        assertOnly(problems(new PrdTemplate("AB", "n", null, sixty)), "sections", "has 61");
    }

    @Test
    public void sectionKeysFollowThePatternAndAreUnique() {
        for (String good : new String[]{"a", "goals", "not-doing", "q_2", "a" + repeat('b', 63)}) {
            assertEquals(good, List.of(), problems(new PrdTemplate("AB", "n", null, List.of(rich(good)))));
        }
        for (String bad : new String[]{"A", "1a", "-a", "a b", "a.b", "a" + repeat('b', 64), "Goals"}) {
            assertOnly(problems(new PrdTemplate("AB", "n", null, List.of(rich(bad)))), "sections[0].key", "lower-case");
        }
        assertOnly(problems(new PrdTemplate("AB", "n", null, List.of(rich(null)))), "sections[0].key", "required");
        assertOnly(problems(new PrdTemplate("AB", "n", null, List.of(rich("a"), rich("b"), rich("a")))), "sections[2].key", "another section");
    }

    @Test
    public void titleIsRequiredAndAtMost255() {
        assertOnly(problems(withSection(1, s -> copy(s, s.key(), " ", s.kind(), null, null, s.columns(), s.items(), s.roles()))),
                "sections[1].title", "required");
        assertOnly(problems(withSection(1, s -> copy(s, s.key(), repeat('t', 256), s.kind(), null, null, s.columns(), s.items(), s.roles()))),
                "sections[1].title", "at most 255");
    }

    @Test
    public void kindIsRequired() {
        assertOnly(problems(withSection(0, s -> copy(s, s.key(), s.title(), null, null, null, null, null, null))),
                "sections[0].kind", "RICH_TEXT, TABLE, CHECKLIST, METRICS, PEOPLE, DATE");
    }

    @Test
    public void guidanceIsPlainTextOfAtMost4000() {
        assertEquals(List.of(), problems(withSection(0, s -> copy(s, s.key(), s.title(), s.kind(), repeat('g', 4000), null, null, null, null))));
        assertOnly(problems(withSection(0, s -> copy(s, s.key(), s.title(), s.kind(), repeat('g', 4001), null, null, null, null))),
                "sections[0].guidance", "at most 4000");
    }

    @Test
    public void starterContentIsAtMost64KilobytesOfUtf8() {
        String ascii = repeat('x', 65536);
        assertEquals(List.of(), problems(withSection(0, s -> copy(s, s.key(), s.title(), s.kind(), null, ascii, null, null, null))));
        assertOnly(problems(withSection(0, s -> copy(s, s.key(), s.title(), s.kind(), null, ascii + "x", null, null, null))),
                "sections[0].starterContent", "64 KB");
        String threeBytesEach = repeat('漢', 21846); // 65538 bytes in 21846 chars
        assertOnly(problems(withSection(0, s -> copy(s, s.key(), s.title(), s.kind(), null, threeBytesEach, null, null, null))),
                "sections[0].starterContent", "65538 bytes");
    }

    @Test
    public void onlyRichTextAndDateSectionsHaveStarterContent() {
        assertOnly(problems(withSection(1, s -> copy(s, s.key(), s.title(), s.kind(), null, "<p>x</p>", s.columns(), null, null))),
                "sections[1].starterContent", "only used by RICH_TEXT and DATE");
    }

    @Test
    public void tableNeedsOneTo20NonBlankColumns() {
        assertOnly(problems(withSection(1, s -> copy(s, s.key(), s.title(), s.kind(), null, null, List.of(), null, null))),
                "sections[1].columns", "between 1 and 20");
        List<String> twentyOne = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            twentyOne.add("c" + i);
        }
        assertEquals(List.of(), problems(withSection(1, s -> copy(s, s.key(), s.title(), s.kind(), null, null, twentyOne.subList(0, 20), null, null))));
        assertOnly(problems(withSection(1, s -> copy(s, s.key(), s.title(), s.kind(), null, null, twentyOne, null, null))),
                "sections[1].columns", "has 21");
        List<FieldError> blanks = problems(withSection(1, s -> copy(s, s.key(), s.title(), s.kind(), null, null, List.of(" ", "ok", ""), null, null)));
        assertEquals(List.of("sections[1].columns[0]", "sections[1].columns[2]"), blanks.stream().map(FieldError::field).toList());
        assertOnly(problems(withSection(1, s -> copy(s, s.key(), s.title(), s.kind(), null, null, List.of(repeat('c', 256)), null, null))),
                "sections[1].columns[0]", "at most 255");
    }

    @Test
    public void checklistAndMetricsHaveAtMost100Items() {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            items.add("item " + i);
        }
        for (int index : new int[]{2, 3}) {
            assertEquals(List.of(), problems(withSection(index, s -> copy(s, s.key(), s.title(), s.kind(), null, null, null, items.subList(0, 100), null))));
            assertEquals(List.of(), problems(withSection(index, s -> copy(s, s.key(), s.title(), s.kind(), null, null, null, List.of(), null))));
            assertOnly(problems(withSection(index, s -> copy(s, s.key(), s.title(), s.kind(), null, null, null, items, null))),
                    "sections[" + index + "].items", "at most 100");
            assertOnly(problems(withSection(index, s -> copy(s, s.key(), s.title(), s.kind(), null, null, null, List.of("a", " "), null))),
                    "sections[" + index + "].items[1]", "required");
        }
    }

    @Test
    public void peopleHaveOneTo20UniqueRoles() {
        assertOnly(problems(withSection(4, s -> copy(s, s.key(), s.title(), s.kind(), null, null, null, null, List.of()))),
                "sections[4].roles", "between 1 and 20");
        List<String> roles = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            roles.add("role " + i);
        }
        assertOnly(problems(withSection(4, s -> copy(s, s.key(), s.title(), s.kind(), null, null, null, null, roles))),
                "sections[4].roles", "has 21");
        assertOnly(problems(withSection(4, s -> copy(s, s.key(), s.title(), s.kind(), null, null, null, null, List.of("Owner", "owner")))),
                "sections[4].roles[1]", "appears twice");
    }

    @Test
    public void listsBelongToTheirKindOnly() {
        List<FieldError> errors = problems(withSection(0, s -> copy(s, s.key(), s.title(), s.kind(), null, null, List.of("c"), List.of("i"), List.of("r"))));
        assertEquals(List.of("sections[0].columns", "sections[0].items", "sections[0].roles"), errors.stream().map(FieldError::field).toList());
    }

    @Test
    public void dateStarterIsAnIsoDateOrToday() {
        for (String good : new String[]{"2026-12-01", "{{today}}"}) {
            assertEquals(good, List.of(), problems(withSection(5, s -> copy(s, s.key(), s.title(), s.kind(), null, good, null, null, null))));
        }
        for (String bad : new String[]{"12/01/2026", "2026-13-01", "next week", "{{today}} ", "{{issue.key}}"}) {
            assertOnly(problems(withSection(5, s -> copy(s, s.key(), s.title(), s.kind(), null, bad, null, null, null))),
                    "sections[5].starterContent", "ISO date");
        }
    }

    @Test
    public void unknownPlaceholdersAreRejectedByNameInEveryTextField() {
        assertEquals(List.of(), problems(withSection(0, s -> copy(s, s.key(), s.title(), s.kind(), null,
                "{{issue.key}} {{issue.summary}} {{project.name}} {{user.displayName}} {{today}}", null, null, null))));

        List<FieldError> errors = problems(withSection(0, s -> copy(s, s.key(), s.title(), s.kind(), null, "<p>{{issue.Key}}</p>", null, null, null)));
        assertOnly(errors, "sections[0].starterContent", "unknown placeholder {{issue.Key}}");
        assertTrue(errors.get(0).message().contains("{{issue.key}}, {{issue.summary}}, {{project.name}}, {{user.displayName}}, {{today}}"));

        PrdTemplate everywhere = new PrdTemplate("AB", "Name {{a}}", "Desc {{b}}", List.of(
                new TemplateSection("t", "Title {{c}}", SectionKind.TABLE, false, "Guide {{d}}", null, List.of("ok", "{{e}}"), null, null),
                new TemplateSection("c", "C", SectionKind.CHECKLIST, false, null, null, null, List.of("{{ issue.key }}"), null),
                new TemplateSection("p", "P", SectionKind.PEOPLE, false, null, null, null, null, List.of("{{f}}", "{{g}}"))));
        List<FieldError> all = problems(everywhere);
        assertEquals(List.of("name", "description", "sections[0].title", "sections[0].guidance", "sections[0].columns[1]",
                "sections[1].items[0]", "sections[2].roles[0]", "sections[2].roles[1]"), all.stream().map(FieldError::field).toList());
        assertTrue(all.get(0).message().contains("{{a}}"));
        assertTrue(all.get(5).message().contains("{{ issue.key }}"));
    }

    @Test
    public void severalUnknownPlaceholdersInOneFieldAreAllNamed() {
        List<FieldError> errors = problems(withSection(0, s -> copy(s, s.key(), s.title(), s.kind(), null, "{{x}} {{issue.key}} {{y}} {{x}}", null, null, null)));
        assertOnly(errors, "sections[0].starterContent", "unknown placeholders {{x}}, {{y}};");
    }

    @Test
    public void everyProblemIsReportedAtOnce() {
        PrdTemplate broken = new PrdTemplate("bad", "", null, List.of(
                new TemplateSection("Bad", "", null, false, null, null, null, null, null),
                new TemplateSection("t", "T", SectionKind.TABLE, false, null, null, List.of("a", " "), null, null)));
        assertEquals(List.of("key", "name", "sections[0].key", "sections[0].title", "sections[0].kind", "sections[1].columns[1]"),
                problems(broken).stream().map(FieldError::field).toList());
    }
}

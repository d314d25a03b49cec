package io.prodops.governance.prd.storage;

import io.prodops.governance.prd.domain.PrdTemplate;
import io.prodops.governance.prd.domain.SectionKind;
import io.prodops.governance.prd.domain.StandardPrdTemplate;
import io.prodops.governance.prd.domain.TemplateSection;
import io.prodops.governance.testing.TestStrings;
import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

public class JacksonTemplateCodecTest {
    private final JacksonTemplateCodec codec = new JacksonTemplateCodec();

    private static PrdTemplate everyKind(String text) {
        return new PrdTemplate("EVERY_KIND", "Name " + text, "Description " + text + "\nsecond line\t\"quoted\" \\ </script>", List.of(
                new TemplateSection("rich", "Rich " + text, SectionKind.RICH_TEXT, true, "Guidance " + text,
                        "<p>" + text + " {{issue.key}} &amp; &lt;</p>", List.of(), List.of(), List.of()),
                new TemplateSection("table", "Table", SectionKind.TABLE, false, null, null, List.of("#", text, "Notes"), List.of(), List.of()),
                new TemplateSection("checklist", "Checklist", SectionKind.CHECKLIST, true, null, null, List.of(), List.of("One", text), List.of()),
                new TemplateSection("metrics", "Metrics", SectionKind.METRICS, false, null, null, List.of(), List.of("Conversion " + text), List.of()),
                new TemplateSection("metrics-empty", "Metrics without starters", SectionKind.METRICS, false, null, null, List.of(), List.of(), List.of()),
                new TemplateSection("people", "People", SectionKind.PEOPLE, true, "", null, List.of(), List.of(), List.of("Owner", text)),
                new TemplateSection("date", "Date", SectionKind.DATE, false, null, "{{today}}", List.of(), List.of(), List.of())));
    }

    @Test
    public void aTemplateWithOneSectionOfEachKindRoundTripsExactly() {
        for (String text : new String[]{TestStrings.MIXED, TestStrings.ofLength(5000), "plain"}) {
            PrdTemplate t = everyKind(text);
            assertEquals(t, codec.decode(codec.encode(t)));
        }
        assertEquals(StandardPrdTemplate.TEMPLATE, codec.decode(codec.encode(StandardPrdTemplate.TEMPLATE)));
    }

    @Test
    public void theStoredFormHasAFormatNumberAndOmitsEmptyValues() {
        String stored = codec.encode(new PrdTemplate("AB", "n", null, List.of(
                new TemplateSection("a", "A", SectionKind.RICH_TEXT, false, null, null, null, null, null))));
        assertEquals("{\"format\":1,\"key\":\"AB\",\"name\":\"n\",\"sections\":[{\"key\":\"a\",\"title\":\"A\",\"kind\":\"RICH_TEXT\",\"required\":false}]}", stored);
    }

    @Test
    public void unknownFieldsOfALaterWriterAreIgnored() {
        PrdTemplate t = codec.decode("{\"format\":1,\"key\":\"AB\",\"name\":\"n\",\"future\":true,\"sections\":[{\"key\":\"a\",\"title\":\"A\","
                + "\"kind\":\"DATE\",\"required\":true,\"hint\":\"x\"}]}");
        assertEquals(SectionKind.DATE, t.sections().get(0).kind());
        assertTrue(t.sections().get(0).required());
    }

    @Test
    public void unreadableOrForeignFormatsFailLoudly() {
        for (String bad : new String[]{"not json", "{\"format\":2,\"key\":\"AB\"}", "{\"format\":1,\"sections\":[{\"kind\":\"POEM\"}]}"}) {
            try {
                codec.decode(bad);
                fail(bad);
            } catch (IllegalStateException expected) {
                // a damaged row is a bug, never shown as a user error
            }
        }
    }
}

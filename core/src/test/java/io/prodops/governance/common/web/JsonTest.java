package io.prodops.governance.common.web;

import io.prodops.governance.common.domain.ValidationException;
import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

public class JsonTest {
    public record Row(String name, int count) {
    }

    public record Doc(String title, Integer revision, List<Row> rows) {
    }

    @Test
    public void readsRecordsAndIgnoresFieldsAddedLater() {
        Doc doc = Json.read("{\"title\":\"PRD ✓\",\"revision\":3,\"rows\":[{\"name\":\"a\",\"count\":1}],\"future\":true}", Doc.class);
        assertEquals(new Doc("PRD ✓", 3, List.of(new Row("a", 1))), doc);
    }

    @Test
    public void writesWithoutNulls() {
        assertEquals("{\"title\":\"x\",\"rows\":[]}", Json.write(new Doc("x", null, List.of())));
    }

    @Test
    public void namesTheFieldOfATypeError() {
        assertField("revision", "{\"revision\":\"three\"}");
        assertField("rows[0].count", "{\"rows\":[{\"name\":\"a\",\"count\":\"many\"}]}");
        assertField("rows[1].count", "{\"rows\":[{\"count\":1},{\"count\":null}]}");
    }

    @Test
    public void aBrokenOrMissingDocumentIsABodyError() {
        assertField("body", "");
        assertField("body", "null");
        assertField("body", "{\"title\":");
        assertField("body", "[1,2]");
    }

    private static void assertField(String field, String json) {
        try {
            Json.read(json, Doc.class);
            fail("accepted " + json);
        } catch (ValidationException e) {
            assertEquals(json, field, e.errors().get(0).field());
        }
    }
}

package io.prodops.governance.prd.storage;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.prodops.governance.prd.PrdFixture;
import io.prodops.governance.prd.domain.PrdView;
import io.prodops.governance.prd.domain.ReviewDecision;
import io.prodops.governance.prd.domain.SectionContent;
import io.prodops.governance.testing.AllEntities;
import io.prodops.governance.testing.XssPayloads;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Test;
import org.junit.runner.RunWith;

import java.util.ArrayList;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * Every payload of the XSS corpus through every text input of a PRD: rich text comes back sanitized (nothing a
 * browser could run or load); plain-text inputs (cells, items, metrics, review comments) come back exactly as written,
 * as data — the UI shows them with textContent, never as HTML.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Data(AllEntities.class)
public class PrdXssStorageTest {
    private EntityManager entityManager;

    @Test
    public void everyPayloadThroughEveryTextInputIsStoredInert() {
        List<String> payloads = XssPayloads.all();
        assertTrue("corpus size " + payloads.size(), payloads.size() >= 50);
        PrdFixture f = new PrdFixture(entityManager);
        f.publish(PrdFixture.everyKind("EVERY"), 1);
        f.service.create("GROW-1", "EVERY", null);
        int revision = 1;
        List<String> active = new ArrayList<>();
        for (String payload : payloads) {
            String text = JsonNodeFactory.instance.textNode(payload).toString();
            PrdView rich = f.service.updateSection("GROW-1", "goals", text, revision);
            String html = ((SectionContent.RichText) rich.prd().section("goals").orElseThrow().content()).html();
            if (XssPayloads.isActive(html)) {
                active.add(payload + "  ->  " + html);
            }
            PrdView table = f.service.updateSection("GROW-1", "requirements", "[[" + text + "," + text + "]]", revision);
            assertEquals(payload, ((SectionContent.Table) table.prd().section("requirements").orElseThrow().content()).rows().get(0).get(1));
            PrdView list = f.service.updateSection("GROW-1", "launch", "[{\"text\":" + text + ",\"done\":false}]", revision);
            assertEquals(payload, ((SectionContent.Checklist) list.prd().section("launch").orElseThrow().content()).items().get(0).text());
            PrdView metrics = f.service.updateSection("GROW-1", "metrics", "[{\"name\":" + text + ",\"target\":" + text + "}]", revision);
            assertEquals(payload, ((SectionContent.Metrics) metrics.prd().section("metrics").orElseThrow().content()).rows().get(0).target());
            revision++;
        }
        assertEquals("sanitized rich text still active", List.of(), active);
        assertTrue("the detector finds raw payloads", payloads.stream().filter(XssPayloads::isActive).count() > 40);
        assertFalse(XssPayloads.isActive("<p>plain <strong>text</strong> <a href=\"https://example.com\" rel=\"nofollow\">link</a></p>"));

        f.service.submit("GROW-1", List.of("rita"), 1);
        String comment = payloads.get(0);
        assertEquals(comment, f.as(PrdFixture.RITA).service.review("GROW-1", ReviewDecision.REQUEST_CHANGES, comment)
                .prd().reviewer("rita").orElseThrow().comment());
    }
}

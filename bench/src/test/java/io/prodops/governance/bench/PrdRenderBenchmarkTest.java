package io.prodops.governance.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.Test;

import static org.junit.Assert.assertEquals;

/** The benchmark renders a real, complete PRD (not a timing test). */
public class PrdRenderBenchmarkTest {
    @Test
    public void rendersEverySectionWithItsContent() throws Exception {
        PrdRenderBenchmark benchmark = new PrdRenderBenchmark();
        benchmark.sections = 12;
        benchmark.setUp();
        try {
            JsonNode prd = new ObjectMapper().readTree((String) benchmark.loadAndRender());
            assertEquals(12, prd.get("sections").size());
            assertEquals(20, prd.get("sections").get(1).get("content").size());
            assertEquals("2027-03-01", prd.get("sections").get(5).get("content").asText());
            assertEquals(1.0, prd.get("completeness").asDouble(), 1e-9);
        } finally {
            benchmark.tearDown();
        }
    }
}

package io.prodops.governance.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.ClassRule;
import org.junit.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** The demo data has a PRD in every status, readable through the API like any other. */
public class DemoPrdsTest {
    @ClassRule
    public static final RunningHost HOST = new RunningHost();

    @Test
    public void demoPrdsCoverEveryStatus() throws Exception {
        List<String> statuses = new ArrayList<>();
        for (String key : List.of("ATL-1", "SEC-1")) {
            statuses.add(status(key));
        }
        JsonNode epics = RunningHost.json(HOST.get("/rest/prodops/1.0/templates", "olga")); // the API is up for olga
        assertTrue(epics.get("total").asInt() >= 1);
        for (int n = 2; n < 30 && statuses.size() < 4; n++) {
            var r = HOST.get("/rest/prodops/1.0/issues/ATL-" + n + "/prd", "olga");
            if (r.statusCode() == 200) {
                statuses.add(RunningHost.json(r).get("status").asText());
            }
        }
        assertEquals(List.of("APPROVED", "DRAFT", "IN_REVIEW", "CHANGES_REQUESTED"), statuses);
        JsonNode approved = RunningHost.json(HOST.get("/rest/prodops/1.0/issues/ATL-1/prd", "vic"));
        assertEquals(1.0, approved.get("completeness").asDouble(), 1e-9);
        assertEquals("APPROVE", approved.get("reviewers").get(0).get("decision").asText());
    }

    private static String status(String issueKey) throws Exception {
        return RunningHost.json(HOST.get("/rest/prodops/1.0/issues/" + issueKey + "/prd", "olga")).get("status").asText();
    }
}

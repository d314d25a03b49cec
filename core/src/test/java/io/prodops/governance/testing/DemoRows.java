package io.prodops.governance.testing;

import io.prodops.governance.prd.domain.PrdStatus;
import io.prodops.governance.prd.storage.PrdEntity;
import net.java.ao.EntityManager;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Bulk rows for storage tests and benchmarks. */
public final class DemoRows {
    private DemoRows() {
    }

    /** Bulk-inserts PRDs for issues 100000.. in 25 projects (also used by the benchmark). */
    public static void insertPrds(EntityManager entityManager, int rows) throws Exception {
        Date now = new Date(1_795_000_000_000L);
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            Map<String, Object> row = new HashMap<>();
            row.put("ISSUE_ID", 100_000L + i);
            row.put("PROJECT_ID", 20_000L + i % 25);
            row.put("TEMPLATE_KEY", "STANDARD_PRD");
            row.put("TEMPLATE_VERSION", 1 + i % 3);
            row.put("STATUS", PrdStatus.values()[i % PrdStatus.values().length].name());
            row.put("REVISION", 1);
            row.put("COMPLETENESS", (i % 11) / 10.0);
            row.put("CREATED_BY", "pete");
            row.put("CREATED_AT", now);
            row.put("UPDATED_BY", "pete");
            row.put("UPDATED_AT", now);
            batch.add(row);
            if (batch.size() == 1000) {
                entityManager.create(PrdEntity.class, batch);
                batch = new ArrayList<>();
            }
        }
        if (!batch.isEmpty()) {
            entityManager.create(PrdEntity.class, batch);
        }
    }
}

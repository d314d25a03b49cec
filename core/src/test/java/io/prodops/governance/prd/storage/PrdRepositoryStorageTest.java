package io.prodops.governance.prd.storage;

import io.prodops.governance.ao.EmbeddedActiveObjects;
import io.prodops.governance.common.domain.SystemClock;
import io.prodops.governance.common.storage.RevisionGuard;
import io.prodops.governance.prd.domain.PrdHeader;
import io.prodops.governance.prd.domain.PrdStatus;
import io.prodops.governance.testing.AllEntities;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Test;
import org.junit.runner.RunWith;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

@RunWith(ActiveObjectsJUnitRunner.class)
@Data(AllEntities.class)
public class PrdRepositoryStorageTest {
    static final int ROWS = 10_000;

    private EntityManager entityManager;

    @Test
    public void findsThePrdOfAnIssueAmongTenThousand() throws Exception {
        insertPrds(entityManager, ROWS);
        AoPrdRepository prds = repository();

        Optional<PrdHeader> found = prds.findByIssueId(100_000L + 7_777);

        assertTrue(found.isPresent());
        assertEquals(20_000L + 7_777 % 25, found.get().projectId());
        assertEquals("STANDARD_PRD", found.get().templateKey());
        assertEquals(PrdStatus.values()[7_777 % 4], found.get().status());
        assertFalse(prds.findByIssueId(99L).isPresent());
    }

    @Test
    public void createdPrdStartsAsDraftAtRevisionOne() {
        AoPrdRepository prds = repository();
        PrdHeader created = prds.create(42L, 7L, "STANDARD_PRD", 3, "pete");

        PrdHeader read = prds.findByIssueId(42L).orElseThrow();
        assertEquals(PrdStatus.DRAFT, read.status());
        assertEquals(1, read.revision().revision());
        assertEquals("pete", read.revision().updatedBy());
        assertEquals(3, read.templateVersion());
        assertEquals(created.createdAt(), read.createdAt());
    }

    private AoPrdRepository repository() {
        EmbeddedActiveObjects ao = new EmbeddedActiveObjects(entityManager);
        return new AoPrdRepository(ao, new RevisionGuard(ao, new SystemClock()));
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

package io.prodops.governance.prd.storage;

import io.prodops.governance.ao.EmbeddedActiveObjects;
import io.prodops.governance.common.domain.SystemClock;
import io.prodops.governance.common.storage.RevisionGuard;
import io.prodops.governance.prd.domain.PrdHeader;
import io.prodops.governance.prd.domain.PrdStatus;
import io.prodops.governance.testing.AllEntities;
import io.prodops.governance.testing.DemoRows;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Test;
import org.junit.runner.RunWith;

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
        DemoRows.insertPrds(entityManager, ROWS);
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
        PrdHeader created = prds.create(42L, 7L, "STANDARD_PRD", 3, java.util.List.of(), "pete").header();

        PrdHeader read = prds.findByIssueId(42L).orElseThrow();
        assertEquals(PrdStatus.DRAFT, read.status());
        assertEquals(1, read.revision().revision());
        assertEquals("pete", read.revision().updatedBy());
        assertEquals(3, read.templateVersion());
        assertEquals(created.createdAt(), read.createdAt());
    }

    private AoPrdRepository repository() {
        EmbeddedActiveObjects ao = new EmbeddedActiveObjects(entityManager);
        return new AoPrdRepository(ao, new RevisionGuard(ao, new SystemClock()), new io.prodops.governance.prd.json.SectionContentJson());
    }
}

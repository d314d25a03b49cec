package io.prodops.governance.prd.storage;

import io.prodops.governance.common.domain.GovernanceException;
import io.prodops.governance.prd.PrdFixture;
import io.prodops.governance.prd.domain.PrdStatus;
import io.prodops.governance.testing.AllEntities;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

/** Each committed PRD write tells the change listener (the portfolio); refused writes do not; a failing listener never fails the write. */
@RunWith(ActiveObjectsJUnitRunner.class)
@Data(AllEntities.class)
public class PrdChangeHookStorageTest {
    private EntityManager entityManager;
    private PrdFixture f;
    private long issue;

    @Before
    public void setUp() {
        f = new PrdFixture(entityManager);
        f.publish(PrdFixture.everyKind("EVERY"), 1);
        issue = PrdFixture.ISSUE.id();
    }

    @Test
    public void createAndSectionEditsReportTheIssueAfterTheyCommit() {
        f.service.create("GROW-1", "EVERY", null);
        assertEquals(List.of(issue), f.changed);

        f.service.updateSection("GROW-1", "goals", "\"<p>A</p>\"", 1);
        assertEquals(List.of(issue, issue), f.changed);
    }

    @Test
    public void aRefusedWriteReportsNothing() {
        f.service.create("GROW-1", "EVERY", null);
        f.changed.clear();

        assertThrows(GovernanceException.class, () -> f.service.create("GROW-1", "EVERY", null)); // exists: 409
        assertThrows(GovernanceException.class, () -> f.service.updateSection("GROW-1", "goals", "\"<p>B</p>\"", 99)); // stale
        assertEquals(List.of(), f.changed);
    }

    @Test
    public void aFailingListenerDoesNotFailTheCommittedWrite() {
        f.listener = ids -> {
            throw new IllegalStateException("portfolio down");
        };

        f.service.create("GROW-1", "EVERY", null);

        assertEquals(PrdStatus.DRAFT, f.repository.findByIssueId(issue).orElseThrow().status());
    }
}

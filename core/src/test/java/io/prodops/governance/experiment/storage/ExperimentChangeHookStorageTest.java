package io.prodops.governance.experiment.storage;

import io.prodops.governance.common.domain.GovernanceException;
import io.prodops.governance.experiment.ExperimentFixture;
import io.prodops.governance.experiment.ExperimentFixtures;
import io.prodops.governance.experiment.domain.ExperimentStatus;
import io.prodops.governance.experiment.domain.ResultSource;
import io.prodops.governance.testing.AllEntities;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import java.util.Collections;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

/** Experiment writes (create, status, results, decision) tell the change listener after they commit; refused ones do not. */
@RunWith(ActiveObjectsJUnitRunner.class)
@Data(AllEntities.class)
public class ExperimentChangeHookStorageTest {
    private EntityManager entityManager;
    private ExperimentFixture f;

    @Before
    public void setUp() {
        f = new ExperimentFixture(entityManager);
    }

    @Test
    public void everyCommittedWriteReportsTheExperimentIssue() {
        long exp = ExperimentFixture.EXP1.id();
        f.service.create("EXP-1", ExperimentFixtures.conversionDesign());
        f.service.changeStatus("EXP-1", "RUNNING", null);
        f.service.addResults("EXP-1", ExperimentFixtures.results(1000, 100, 1000, 120), ResultSource.API);
        f.service.decide("EXP-1", "ITERATE", "inconclusive", null, null);

        assertEquals(Collections.nCopies(4, exp), f.changed);
        assertEquals(ExperimentStatus.DECIDED, f.repository.findByIssueId(exp).orElseThrow().status());
    }

    @Test
    public void refusedWritesReportNothingAndAFailingListenerFailsNoWrite() {
        f.service.create("EXP-1", ExperimentFixtures.conversionDesign());
        f.changed.clear();
        assertThrows(GovernanceException.class, () -> f.service.decide("EXP-1", "SHIP", "too early", null, null)); // still in DESIGN
        assertEquals(List.of(), f.changed);

        f.listener = ids -> {
            throw new IllegalStateException("portfolio down");
        };
        f.service.changeStatus("EXP-1", "RUNNING", null);
        assertEquals(ExperimentStatus.RUNNING, f.repository.findByIssueId(ExperimentFixture.EXP1.id()).orElseThrow().status());
    }
}

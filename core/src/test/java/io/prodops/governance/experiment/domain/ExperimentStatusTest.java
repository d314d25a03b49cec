package io.prodops.governance.experiment.domain;

import org.junit.Test;

import java.util.EnumSet;

import static io.prodops.governance.experiment.domain.ExperimentStatus.ABANDONED;
import static io.prodops.governance.experiment.domain.ExperimentStatus.ANALYSIS;
import static io.prodops.governance.experiment.domain.ExperimentStatus.DECIDED;
import static io.prodops.governance.experiment.domain.ExperimentStatus.DESIGN;
import static io.prodops.governance.experiment.domain.ExperimentStatus.RUNNING;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class ExperimentStatusTest {
    @Test
    public void statusMovesFollowTheLifecycleAndFinalStatusesStay() {
        assertEquals(EnumSet.of(RUNNING, ABANDONED), DESIGN.statusMoves());
        assertEquals(EnumSet.of(ANALYSIS, ABANDONED), RUNNING.statusMoves());
        assertEquals(EnumSet.of(RUNNING, ABANDONED), ANALYSIS.statusMoves());
        assertTrue(DECIDED.statusMoves().isEmpty());
        assertTrue(ABANDONED.statusMoves().isEmpty());
        for (ExperimentStatus s : ExperimentStatus.values()) {
            assertFalse("DECIDED only through a decision", s.statusMoves().contains(DECIDED));
        }
        assertEquals(EnumSet.of(RUNNING, ANALYSIS), EnumSet.copyOf(java.util.Arrays.stream(ExperimentStatus.values()).filter(ExperimentStatus::acceptsResults).toList()));
    }

    @Test
    public void theTestDefiningFieldsLockOnceRunning() {
        ExperimentDesign d = DesignValidator.validate(io.prodops.governance.experiment.ExperimentFixtures.conversionDesign());
        ExperimentDesign reworded = DesignValidator.validate(io.prodops.governance.experiment.ExperimentFixtures.withHypothesis(
                io.prodops.governance.experiment.ExperimentFixtures.conversionDesign(), "a much bigger button"));
        ExperimentDesign otherMde = DesignValidator.validate(io.prodops.governance.experiment.ExperimentFixtures.withMde(
                io.prodops.governance.experiment.ExperimentFixtures.conversionDesign(), 0.2));
        assertTrue(DesignRules.lockedChanges(DESIGN, d, otherMde).isEmpty());
        assertTrue(DesignRules.lockedChanges(RUNNING, d, reworded).isEmpty());
        assertEquals("mde", DesignRules.lockedChanges(RUNNING, d, otherMde).get(0).field());
        assertTrue(DesignRules.lockedFields(DECIDED).contains("hypothesis"));
        assertFalse(DesignRules.lockedFields(RUNNING).contains("hypothesis"));
    }
}

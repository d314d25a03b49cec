package io.prodops.governance.experiment.domain;

import io.prodops.governance.readiness.domain.ExperimentDecisionFact;
import org.junit.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The experiments capability answers readiness's EXPERIMENTS_DECIDED port: decisions become facts, undecided ones do not pass. */
public class ExperimentReadinessDecisionsTest {
    private final ExperimentService service = mock(ExperimentService.class);
    private final ExperimentReadinessDecisions decisions = new ExperimentReadinessDecisions(service);

    @Test
    public void linkedExperimentsBecomeFactsWithTheirDecision() {
        when(service.decisionsInforming(7L)).thenReturn(List.of(
                new ExperimentDecisionSummary(11L, "PHX-11", "Banner", ExperimentStatus.DECIDED, Decision.SHIP, Instant.EPOCH),
                new ExperimentDecisionSummary(12L, "PHX-12", "Checkout", ExperimentStatus.RUNNING, null, null),
                new ExperimentDecisionSummary(13L, "PHX-13", "No design yet", null, null, null)));

        List<ExperimentDecisionFact> facts = decisions.decisionsInforming(7L).orElseThrow();

        assertEquals(List.of(new ExperimentDecisionFact(11L, "PHX-11", "DECIDED", "SHIP"),
                new ExperimentDecisionFact(12L, "PHX-12", "RUNNING", null),
                new ExperimentDecisionFact(13L, "PHX-13", null, null)), facts);
        assertTrue(facts.get(0).decided());
        assertFalse(facts.get(1).decided());
        assertFalse("an issue without an experiment has no decision", facts.get(2).decided());
        assertNull(facts.get(2).status());
    }

    @Test
    public void noLinkedExperimentsIsAvailableAndEmpty() {
        when(service.decisionsInforming(8L)).thenReturn(List.of());
        assertEquals("available (not PENDING): nothing to decide", List.of(), decisions.decisionsInforming(8L).orElseThrow());
    }
}

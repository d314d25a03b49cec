package io.prodops.governance.bench;

import io.prodops.governance.experiment.domain.stats.Analysis;
import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;

/** The benchmark analyses a complete experiment (not a timing test). */
public class ExperimentStatsBenchmarkTest {
    @Test
    public void analysesEveryArmAndGuardrail() {
        ExperimentStatsBenchmark benchmark = new ExperimentStatsBenchmark();
        benchmark.usersPerArm = 1_000_000;
        benchmark.setUp();
        Analysis analysis = benchmark.analyze();
        assertEquals(4, analysis.variants().size());
        assertEquals(6, analysis.guardrails().size());
        assertFalse(analysis.interim());
        analysis.variants().subList(1, 4).forEach(arm -> assertNotNull(arm.probabilityToBeatControl()));
        assertNotNull(benchmark.planAndDetectableEffect());
    }
}

package io.prodops.governance.portfolio.storage;

import io.prodops.governance.ao.EmbeddedActiveObjects;
import io.prodops.governance.common.storage.RevisionGuard;
import io.prodops.governance.experiment.ExperimentFixtures;
import io.prodops.governance.experiment.domain.DesignValidator;
import io.prodops.governance.experiment.domain.ExperimentDesign;
import io.prodops.governance.experiment.domain.ExperimentRepository;
import io.prodops.governance.experiment.domain.ResultSnapshot;
import io.prodops.governance.experiment.domain.ResultSource;
import io.prodops.governance.experiment.domain.stats.VariantResult;
import io.prodops.governance.experiment.storage.AoExperimentRepository;
import io.prodops.governance.prd.domain.PrdHeader;
import io.prodops.governance.prd.json.SectionContentJson;
import io.prodops.governance.prd.storage.AoPrdRepository;
import io.prodops.governance.readiness.domain.Evaluation;
import io.prodops.governance.readiness.storage.AoReadinessEvaluationRepository;
import io.prodops.governance.testing.AllEntities;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import static org.junit.Assert.assertEquals;

/** The batched reads the portfolio builder uses answer what the one-by-one reads answer. */
@RunWith(ActiveObjectsJUnitRunner.class)
@Data(AllEntities.class)
public class PortfolioBatchReadsStorageTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private EntityManager entityManager;
    private AoPrdRepository prds;
    private AoReadinessEvaluationRepository evaluations;
    private AoExperimentRepository experiments;

    @Before
    public void setUp() {
        EmbeddedActiveObjects ao = new EmbeddedActiveObjects(entityManager);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        RevisionGuard revisions = new RevisionGuard(ao, clock);
        prds = new AoPrdRepository(ao, revisions, new SectionContentJson());
        evaluations = new AoReadinessEvaluationRepository(ao);
        experiments = new AoExperimentRepository(ao, revisions, clock);
    }

    @Test
    public void prdHeadersOfMoreThan500IssuesComeBackWhole() {
        LongStream.rangeClosed(1, 510).filter(id -> id % 3 != 0).forEach(id -> prds.create(id, 7, "STANDARD_PRD", 1, List.of(), "pete"));
        List<Long> ids = LongStream.rangeClosed(1, 512).boxed().toList();

        List<PrdHeader> batched = prds.findHeaders(ids).stream().sorted(Comparator.comparingLong(PrdHeader::issueId)).toList();
        List<PrdHeader> single = ids.stream().flatMap(id -> prds.findByIssueId(id).stream()).toList();

        assertEquals(340, batched.size());
        assertEquals(single, batched);
        assertEquals(List.of(), prds.findHeaders(List.of()));
    }

    @Test
    public void latestEvaluationsAreThoseOfTheGateSetAskedForEachIssue() {
        Evaluation a = new Evaluation("LAUNCH", 2, 1, NOW, true, List.of());
        Evaluation b = new Evaluation("LIGHT", 1, 1, NOW, false, List.of());
        Evaluation c = new Evaluation("LIGHT", 3, 2, NOW, true, List.of());
        evaluations.storeLatest(7, a);
        evaluations.storeLatest(7, b);
        evaluations.storeLatest(7, c);

        assertEquals(Map.of(1L, a, 2L, c), evaluations.latest(Map.of(1L, "LAUNCH", 2L, "LIGHT", 3L, "LAUNCH")));
        assertEquals(Map.of(1L, b), evaluations.latest(Map.of(1L, "LIGHT", 2L, "LAUNCH")));
        assertEquals(Map.of(), evaluations.latest(Map.of()));
    }

    private void results(long issueId, long control, long treatment) {
        experiments.addSnapshot(issueId, ResultSource.API, new ResultSnapshot.Results(List.of(VariantResult.conversion("Control", control, control / 10),
                VariantResult.conversion("Big button", treatment, treatment / 10)), List.of()), "eve");
    }

    @Test
    public void latestResultsAreTheNewestSnapshotOfEachExperimentWithItsArms() {
        ExperimentDesign design = DesignValidator.validate(ExperimentFixtures.conversionDesign());
        for (long id : List.of(11L, 12L, 13L)) {
            experiments.create(id, 7, design, "eve");
        }
        results(11, 100, 100);
        results(11, 200, 210);
        results(11, 300, 333);
        results(12, 50, 60);

        List<ExperimentRepository.LatestResults> batched = experiments.latestResults(List.of(11L, 12L, 13L, 14L)).stream()
                .sorted(Comparator.comparingLong(ExperimentRepository.LatestResults::issueId)).toList();

        assertEquals(List.of(11L, 12L), batched.stream().map(ExperimentRepository.LatestResults::issueId).toList());
        assertEquals(3, batched.get(0).snapshot().number());
        assertEquals(333, batched.get(0).snapshot().variants().get(1).sampleSize());
        assertEquals(design.variants(), batched.get(0).variants());
        assertEquals(experiments.latestSnapshot(11).orElseThrow(), batched.get(0).snapshot());
        assertEquals(experiments.latestSnapshot(12).orElseThrow(), batched.get(1).snapshot());
        assertEquals(List.of(), experiments.latestResults(List.of()));
    }
}

package io.prodops.governance.experiment.storage;

import io.prodops.governance.common.domain.AccessDeniedException;
import io.prodops.governance.common.domain.AuditEntry;
import io.prodops.governance.common.domain.ConflictException;
import io.prodops.governance.common.domain.FieldError;
import io.prodops.governance.common.domain.GovernanceException;
import io.prodops.governance.common.domain.NotFoundException;
import io.prodops.governance.common.domain.Page;
import io.prodops.governance.common.domain.PageRequest;
import io.prodops.governance.common.domain.ValidationException;
import io.prodops.governance.experiment.ExperimentFixture;
import io.prodops.governance.experiment.ExperimentFixtures;
import io.prodops.governance.experiment.domain.Decision;
import io.prodops.governance.experiment.domain.DesignInput;
import io.prodops.governance.experiment.domain.ExperimentDecisionSummary;
import io.prodops.governance.experiment.domain.ExperimentService;
import io.prodops.governance.experiment.domain.ExperimentStatus;
import io.prodops.governance.experiment.domain.ExperimentView;
import io.prodops.governance.experiment.domain.ResultSnapshot;
import io.prodops.governance.experiment.domain.ResultSource;
import io.prodops.governance.experiment.domain.stats.VariantResult;
import io.prodops.governance.testing.AllEntities;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static io.prodops.governance.experiment.ExperimentFixture.EXP1;
import static io.prodops.governance.experiment.ExperimentFixture.EXP2;
import static io.prodops.governance.experiment.ExperimentFixture.INIT;
import static io.prodops.governance.experiment.ExperimentFixture.OUTSIDER;
import static io.prodops.governance.experiment.ExperimentFixture.PETE;
import static io.prodops.governance.experiment.ExperimentFixture.VIC;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/** The experiment lifecycle end to end over real storage (H2 here; PostgreSQL and MariaDB in CI). */
@RunWith(ActiveObjectsJUnitRunner.class)
@Data(AllEntities.class)
public class ExperimentServiceStorageTest {
    private EntityManager entityManager;
    private ExperimentFixture f;
    private ExperimentService service;

    @Before
    public void setUp() {
        f = new ExperimentFixture(entityManager);
        service = f.service;
    }

    @Test
    public void aDesignIsCreatedOncePerIssueAndReadBack() {
        ExperimentView created = service.create("EXP-1", ExperimentFixtures.conversionDesign());
        assertEquals(ExperimentStatus.DESIGN, created.experiment().status());
        assertEquals(1, created.experiment().revision().revision());
        assertEquals(EXP1.id(), created.experiment().issueId());
        assertEquals(List.of("Control", "Big button"), created.experiment().design().variants().stream().map(v -> v.name()).toList());
        assertEquals("Latency", created.experiment().design().guardrails().get(0).name());
        assertTrue(created.canEdit());
        assertTrue(created.lockedFields().isEmpty());

        ExperimentView read = f.as(VIC).service.get("EXP-1");
        assertFalse(read.canEdit());
        assertEquals(created.experiment().design(), read.experiment().design());
        ConflictException again = expect(ConflictException.class, () -> f.as(PETE).service.create("EXP-1", ExperimentFixtures.conversionDesign()));
        assertEquals("EXPERIMENT_EXISTS", again.code());
        assertEquals(1, again.current().revision());
        assertEquals("EXPERIMENT_CREATED", history().get(0).action());
    }

    @Test
    public void viewersReadEditorsWriteOutsidersSeeNothing() {
        service.create("EXP-1", ExperimentFixtures.conversionDesign());
        expect(AccessDeniedException.class, () -> f.as(VIC).service.create("EXP-2", ExperimentFixtures.conversionDesign()));
        expect(AccessDeniedException.class, () -> f.as(VIC).service.changeStatus("EXP-1", "RUNNING", null));
        expect(AccessDeniedException.class, () -> f.as(VIC).service.decide("EXP-1", "KILL", "no", null, null));
        assertEquals("ISSUE_NOT_FOUND", expect(NotFoundException.class, () -> f.as(OUTSIDER).service.get("EXP-1")).code());
        assertEquals("EXPERIMENT_NOT_FOUND", expect(NotFoundException.class, () -> f.as(VIC).service.get("EXP-2")).code());
        assertEquals("EXPERIMENT_NOT_FOUND", expect(NotFoundException.class, () -> f.as(VIC).service.analysis("EXP-2")).code());
    }

    @Test
    public void aStaleRevisionIsAConflictWithTheCurrentOne() {
        service.create("EXP-1", ExperimentFixtures.conversionDesign());
        ExperimentView second = service.updateDesign("EXP-1", ExperimentFixtures.withMde(ExperimentFixtures.conversionDesign(), 0.2), 1);
        assertEquals(2, second.experiment().revision().revision());
        assertEquals(0.2, second.experiment().design().mde(), 0);
        ConflictException stale = expect(ConflictException.class,
                () -> service.updateDesign("EXP-1", ExperimentFixtures.withMde(ExperimentFixtures.conversionDesign(), 0.3), 1));
        assertEquals("STALE_REVISION", stale.code());
        assertEquals(2, stale.current().revision());
        assertEquals(0.2, service.get("EXP-1").experiment().design().mde(), 0);
        assertEquals("revision", expect(ValidationException.class,
                () -> service.updateDesign("EXP-1", ExperimentFixtures.conversionDesign(), null)).errors().get(0).field());
        // a stale revision on a status change too, when one is sent
        assertEquals("STALE_REVISION", expect(ConflictException.class, () -> service.changeStatus("EXP-1", "RUNNING", 1)).code());
    }

    @Test
    public void variantsAndTheTestLockOnceRunningWhileTheWordingStaysEditable() {
        service.create("EXP-1", ExperimentFixtures.conversionDesign());
        assertEquals("EXPERIMENT_NOT_RUNNING", expect(ConflictException.class,
                () -> service.addResults("EXP-1", ExperimentFixtures.results(10, 1, 10, 2), ResultSource.API)).code());
        assertEquals("INVALID_STATUS_CHANGE", expect(ConflictException.class, () -> service.changeStatus("EXP-1", "ANALYSIS", null)).code());
        assertEquals("status", expect(ValidationException.class, () -> service.changeStatus("EXP-1", "DECIDED", null)).errors().get(0).field());
        assertEquals("status", expect(ValidationException.class, () -> service.changeStatus("EXP-1", "PAUSED", null)).errors().get(0).field());

        ExperimentView running = service.changeStatus("EXP-1", "running", null);
        assertEquals(ExperimentStatus.RUNNING, running.experiment().status());
        assertEquals("the planned start is kept", LocalDate.parse("2026-12-01"), running.experiment().design().plannedStart());
        assertTrue(running.lockedFields().contains("variants"));

        DesignInput reallocated = ExperimentFixtures.withVariants(ExperimentFixtures.conversionDesign(), List.of(
                new DesignInput.VariantInput("Control", 40.0, true), new DesignInput.VariantInput("Big button", 60.0, false)));
        ValidationException locked = expect(ValidationException.class, () -> service.updateDesign("EXP-1", reallocated, 2));
        assertEquals(List.of("variants"), locked.errors().stream().map(FieldError::field).toList());
        ExperimentView reworded = service.updateDesign("EXP-1", ExperimentFixtures.withHypothesis(ExperimentFixtures.conversionDesign(), "a huge button"), 2);
        assertEquals("a huge button", reworded.experiment().design().hypothesis().weBelieve());
        assertEquals(ExperimentStatus.RUNNING, reworded.experiment().status());
    }

    @Test
    public void everyUploadIsACumulativeSnapshotAndHistoryIsKept() {
        start("EXP-1");
        ResultSnapshot first = service.addResults("EXP-1", ExperimentFixtures.results(100, 10, 100, 12), ResultSource.UI);
        service.addResultsCsv("EXP-1", "variant,users,conversions\nBig button,200,25\nControl,210,20\n");
        ResultSnapshot third = service.addResults("EXP-1", ExperimentFixtures.results(300, 30, 310, 40), ResultSource.API);
        assertEquals(1, first.number());
        assertEquals(3, third.number());
        assertEquals("pete", third.submittedBy());

        Page<ResultSnapshot> page = service.history("EXP-1", PageRequest.of(0, 2));
        assertEquals(3, page.total());
        assertEquals(List.of(3, 2), page.items().stream().map(ResultSnapshot::number).toList());
        ResultSnapshot csv = page.items().get(1);
        assertEquals(ResultSource.CSV, csv.source());
        assertEquals("stored in design order", List.of(VariantResult.conversion("Control", 210, 20), VariantResult.conversion("Big button", 200, 25)),
                csv.variants());
        assertEquals(List.of(1), service.history("EXP-1", PageRequest.of(1, 2)).items().stream().map(ResultSnapshot::number).toList());
        assertEquals(third.variants(), f.repository.latestSnapshot(EXP1.id()).orElseThrow().variants());
        assertEquals(3, history().stream().filter(e -> e.action().equals("RESULTS_ADDED")).count());

        ValidationException bad = expect(ValidationException.class, () -> service.addResultsCsv("EXP-1", "variant,users,conversions\nControl,5,6\n"));
        assertEquals(3, bad.errors().get(0).row() == null ? 3 : bad.errors().get(0).column());
        assertEquals("a refused upload stores nothing", 3, service.history("EXP-1", PageRequest.of(0, 10)).total());
    }

    @Test
    public void guardrailDataIsStoredWithTheSnapshot() {
        start("EXP-1");
        service.addResults("EXP-1", new io.prodops.governance.experiment.domain.ResultEntry.Upload(
                List.of(ExperimentFixtures.conversion("Control", 100, 10), ExperimentFixtures.conversion("Big button", 100, 11)),
                List.of(new io.prodops.governance.experiment.domain.ResultEntry.GuardrailEntries("latency", List.of(
                        ExperimentFixtures.continuous("Big button", 100, 201.5, 30), ExperimentFixtures.continuous("Control", 100, 200, 31))))),
                ResultSource.API);
        ResultSnapshot stored = f.repository.latestSnapshot(EXP1.id()).orElseThrow();
        assertEquals(List.of(new ResultSnapshot.MetricResults("Latency", List.of(VariantResult.continuous("Control", 100, 200, 31),
                VariantResult.continuous("Big button", 100, 201.5, 30)))), stored.guardrails());
    }

    @Test
    public void aDecisionNeedsARationaleAndClosesTheExperiment() {
        start("EXP-1");
        ValidationException missing = expect(ValidationException.class, () -> service.decide("EXP-1", "MAYBE", " ", null, null));
        assertEquals(List.of("decision", "rationale"), missing.errors().stream().map(FieldError::field).toList());
        ExperimentView decided = service.decide("EXP-1", "kill", "No effect worth the complexity.", null, null);
        assertEquals(ExperimentStatus.DECIDED, decided.experiment().status());
        assertEquals(Decision.KILL, decided.experiment().decision().decision());
        assertEquals("pete", decided.experiment().decision().decidedBy());
        assertEquals(ExperimentFixture.NOW, decided.experiment().decision().decidedAt());
        assertNull(decided.experiment().decision().srmAcknowledgement());
        assertEquals("EXPERIMENT_NOT_DECIDABLE", expect(ConflictException.class, () -> service.decide("EXP-1", "SHIP", "again", null, null)).code());
        assertEquals("EXPERIMENT_CLOSED", expect(ConflictException.class,
                () -> service.updateDesign("EXP-1", ExperimentFixtures.conversionDesign(), decided.experiment().revision().revision())).code());
        assertEquals("INVALID_STATUS_CHANGE", expect(ConflictException.class, () -> service.changeStatus("EXP-1", "RUNNING", null)).code());
        assertEquals("EXPERIMENT_NOT_RUNNING", expect(ConflictException.class,
                () -> service.addResults("EXP-1", ExperimentFixtures.results(10, 1, 10, 2), ResultSource.API)).code());
        assertEquals("DECIDED", history().get(0).action());
    }

    @Test
    public void decisionsInformingAnInitiativeFollowTheInformsLinksInOneQuery() {
        start("EXP-1");
        service.decide("EXP-1", "SHIP", "Clear win.", null, null);
        AtomicInteger queries = new AtomicInteger();
        net.java.ao.DatabaseProvider.SqlListener counter = sql -> queries.incrementAndGet();
        entityManager.getProvider().addSqlListener(counter);
        List<ExperimentDecisionSummary> summaries;
        try {
            summaries = service.decisionsInforming(INIT.id());
        } finally {
            entityManager.getProvider().removeSqlListener(counter);
        }
        assertEquals(1, queries.get());
        assertEquals(List.of("EXP-1", "EXP-2"), summaries.stream().map(ExperimentDecisionSummary::issueKey).toList());
        ExperimentDecisionSummary shipped = summaries.get(0);
        assertEquals(ExperimentStatus.DECIDED, shipped.status());
        assertEquals(Decision.SHIP, shipped.decision());
        assertTrue(shipped.concluded());
        ExperimentDecisionSummary notStarted = summaries.get(1);
        assertNull("EXP-2 has no experiment yet", notStarted.status());
        assertFalse(notStarted.concluded());
        assertEquals(EXP2.id(), notStarted.experimentIssueId());
        assertTrue(service.decisionsInforming(EXP1.id()).isEmpty());
    }

    @Test
    public void shippingDespiteASampleRatioMismatchNeedsAReason() {
        start("EXP-1");
        service.addResults("EXP-1", ExperimentFixtures.results(20000, 2000, 18800, 2300), ResultSource.API); // 50/50 planned
        assertTrue(service.analysis("EXP-1").analysis().srm().detected());
        ValidationException refused = expect(ValidationException.class, () -> service.decide("EXP-1", "SHIP", "Big win.", null, null));
        assertEquals("acknowledgeSrm", refused.errors().get(0).field());
        assertEquals(ExperimentStatus.RUNNING, service.get("EXP-1").experiment().status());
        ExperimentView shipped = service.decide("EXP-1", "SHIP", "Big win.", "Bot traffic filtered from control only; fixed upstream.", null);
        assertEquals("Bot traffic filtered from control only; fixed upstream.", shipped.experiment().decision().srmAcknowledgement());
        assertTrue(history().get(0).summary().contains("sample-ratio mismatch acknowledged"));
    }

    @Test
    public void theAnalysisUsesTheLatestSnapshotAndThePlannedSample() {
        start("EXP-1");
        assertNull("no results yet", service.analysis("EXP-1").analysis());
        service.addResults("EXP-1", ExperimentFixtures.results(500, 50, 500, 80), ResultSource.API);
        var interim = service.analysis("EXP-1");
        assertTrue("500 users per arm is below the plan", interim.analysis().interim());
        assertFalse(interim.analysis().variants().get(1).significant());
        long planned = interim.plan().perVariant();
        service.addResults("EXP-1", ExperimentFixtures.results(planned + 10, (planned + 10) / 10, planned + 12, (planned + 12) * 13 / 100), ResultSource.API);
        var complete = service.analysis("EXP-1");
        assertEquals(2, complete.snapshot().number());
        assertFalse(complete.analysis().interim());
        assertTrue("10 % vs 13 % past the planned sample", complete.analysis().variants().get(1).significant());
        assertFalse(complete.analysis().srm().detected());
    }

    @Test
    public void theViewCarriesThePlannedSample() {
        ExperimentView view = service.create("EXP-1", ExperimentFixtures.conversionDesign());
        assertNotNull("baseline 10 %, MDE 10 %: a plan exists", view.plan());
        assertTrue(view.plan().perVariant() > 1000);
        assertEquals(view.plan().perVariant() * 2, view.plan().total());
    }

    private void start(String issueKey) {
        service.create(issueKey, ExperimentFixtures.conversionDesign());
        service.changeStatus(issueKey, "RUNNING", null);
    }

    private List<AuditEntry> history() {
        return f.audit.history(ExperimentService.AUDIT_SUBJECT, String.valueOf(EXP1.id()), PageRequest.of(0, 50)).items();
    }

    private static <T extends GovernanceException> T expect(Class<T> type, Runnable action) {
        try {
            action.run();
        } catch (GovernanceException e) {
            if (type.isInstance(e)) {
                return type.cast(e);
            }
            throw new AssertionError("expected " + type.getSimpleName() + " but got " + e, e);
        }
        fail("expected " + type.getSimpleName());
        return null;
    }
}

package io.prodops.governance.readiness.storage;

import io.prodops.governance.ao.EmbeddedActiveObjects;
import io.prodops.governance.common.domain.Page;
import io.prodops.governance.common.domain.PageRequest;
import io.prodops.governance.readiness.domain.Evaluation;
import io.prodops.governance.readiness.domain.GateKind;
import io.prodops.governance.readiness.domain.GateResult;
import io.prodops.governance.readiness.domain.GateStatus;
import io.prodops.governance.readiness.domain.IssueList;
import io.prodops.governance.readiness.domain.IssueMention;
import io.prodops.governance.readiness.domain.Message;
import io.prodops.governance.readiness.domain.ReadinessSnapshot;
import io.prodops.governance.readiness.domain.SignOffInfo;
import io.prodops.governance.readiness.domain.WaiverInfo;
import io.prodops.governance.testing.AllEntities;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** Latest evaluations (one row per issue and gate set) and append-only snapshots round-trip every result detail. */
@RunWith(ActiveObjectsJUnitRunner.class)
@Data(AllEntities.class)
public class ReadinessEvaluationStorageTest {
    private static final Instant T1 = Instant.parse("2026-11-23T10:15:30Z");
    private static final long ISSUE = 10_000_000_001L;
    private static final long PROJECT = 10_000_000_000L;

    private EntityManager entityManager;
    private AoReadinessEvaluationRepository evaluations;

    @Before
    public void setUp() {
        evaluations = new AoReadinessEvaluationRepository(new EmbeddedActiveObjects(entityManager));
    }

    private static Evaluation evaluation(int version, Instant at, boolean ready) {
        IssueMention hidden = new IssueMention(10_000_000_777L, "SEC-7", "Secret \u202e\uD83D\uDE80 <b>");
        IssueMention open = new IssueMention(12, "ATL-12", null);
        return new Evaluation("STANDARD_LAUNCH", version, ISSUE, at, ready, List.of(
                new GateResult("children", "All child issues done", GateKind.CHILDREN_DONE, true, GateStatus.FAIL,
                        Message.of("prodops.readiness.children.open", 3, 5, new IssueList(List.of(open, hidden)), 2),
                        List.of(Message.of("prodops.readiness.issue.open", hidden, "In Progress"), Message.of("x", 10_000_000_000L, 0.75, T1,
                                LocalDate.parse("2026-12-24"))),
                        null, null),
                new GateResult("marketing", "Marketing ready", GateKind.SIGN_OFF, true, GateStatus.PASS,
                        Message.of("prodops.readiness.signoff.done", T1, "marketing"), List.of(), new SignOffInfo("mia", T1, null), null),
                new GateResult("prd", "PRD approved", GateKind.PRD_APPROVED, true, GateStatus.WAIVED, null, List.of(),
                        null, new WaiverInfo("olga", T1, "Confluence PRD"))));
    }

    @Test
    public void theLatestEvaluationRoundTripsEveryArgumentKind() {
        Evaluation stored = evaluation(3, T1, false);
        evaluations.storeLatest(PROJECT, stored);

        assertEquals(stored, evaluations.latest(ISSUE, "STANDARD_LAUNCH").orElseThrow());
        assertTrue(evaluations.latest(ISSUE, "OTHER").isEmpty());
        assertTrue(evaluations.latest(ISSUE + 1, "STANDARD_LAUNCH").isEmpty());
    }

    @Test
    public void storingAgainReplacesTheLatestEvaluationInPlace() throws Exception {
        evaluations.storeLatest(PROJECT, evaluation(3, T1, false));
        Evaluation newer = evaluation(4, T1.plusSeconds(60), true);
        evaluations.storeLatest(PROJECT, newer);

        assertEquals(newer, evaluations.latest(ISSUE, "STANDARD_LAUNCH").orElseThrow());
        assertEquals(1, entityManager.count(ReadinessEvalEntity.class));
    }

    @Test
    public void snapshotsAreAppendedAndListedNewestFirstInPages() {
        for (int i = 0; i < 5; i++) {
            evaluations.addSnapshot(PROJECT, evaluation(3, T1, i % 2 == 0), "pete", "Launch " + i, T1.plusSeconds(i));
        }
        Evaluation e = evaluation(3, T1, true);
        evaluations.addSnapshot(PROJECT, new Evaluation(e.gatesetKey(), e.version(), ISSUE + 1, e.evaluatedAt(), e.ready(), e.gates()), null, null, T1);

        Page<ReadinessSnapshot> first = evaluations.snapshots(ISSUE, new PageRequest(0, 2));
        Page<ReadinessSnapshot> last = evaluations.snapshots(ISSUE, new PageRequest(2, 2));

        assertEquals(5, first.total());
        assertEquals(List.of("Launch 4", "Launch 3"), first.items().stream().map(ReadinessSnapshot::transitionName).toList());
        assertEquals(List.of("Launch 0"), last.items().stream().map(ReadinessSnapshot::transitionName).toList());
        ReadinessSnapshot s = first.items().get(0);
        assertEquals("pete", s.userKey());
        assertEquals(T1.plusSeconds(4), s.takenAt());
        assertEquals(evaluation(3, T1, true), s.evaluation());
        ReadinessSnapshot anonymous = evaluations.snapshots(ISSUE + 1, new PageRequest(0, 2)).items().get(0);
        assertEquals(null, anonymous.userKey());
    }
}

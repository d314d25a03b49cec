package io.prodops.governance.readiness.storage;

import io.prodops.governance.ao.EmbeddedActiveObjects;
import io.prodops.governance.readiness.domain.GateApproval;
import io.prodops.governance.readiness.domain.GateApproval.Kind;
import io.prodops.governance.testing.AllEntities;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/** Sign-offs and waivers in one table: active ones in one query, revoked ones kept (H2 here; PostgreSQL, MariaDB in CI). */
@RunWith(ActiveObjectsJUnitRunner.class)
@Data(AllEntities.class)
public class GateApprovalStorageTest {
    private static final Instant T1 = Instant.parse("2026-11-23T10:15:30Z");
    private static final Instant T2 = T1.plusSeconds(60);
    private static final long ISSUE = 10_000_000_001L;
    private static final long PROJECT = 10_000_000_000L;

    private EntityManager entityManager;
    private AoGateApprovalRepository approvals;

    @Before
    public void setUp() {
        approvals = new AoGateApprovalRepository(new EmbeddedActiveObjects(entityManager));
    }

    @Test
    public void signOffsAndWaiversOfAnIssueAndGateSetAreReadTogether() {
        approvals.grant(ISSUE, PROJECT, "STD", "marketing", Kind.SIGN_OFF, "mia", "Campaign booked", T1);
        approvals.grant(ISSUE, PROJECT, "STD", "children", Kind.WAIVER, "olga", "Two bugs accepted for launch", T1);
        approvals.grant(ISSUE, PROJECT, "OTHER", "marketing", Kind.SIGN_OFF, "mia", null, T1);
        approvals.grant(ISSUE + 1, PROJECT, "STD", "marketing", Kind.SIGN_OFF, "mia", null, T1);

        List<GateApproval> active = approvals.active(ISSUE, "STD");

        assertEquals(2, active.size());
        GateApproval signOff = active.get(0);
        assertEquals(Kind.SIGN_OFF, signOff.kind());
        assertEquals("marketing", signOff.gateKey());
        assertEquals("mia", signOff.userKey());
        assertEquals("Campaign booked", signOff.note());
        assertEquals(T1, signOff.grantedAt());
        assertTrue(signOff.active());
        assertEquals(Kind.WAIVER, active.get(1).kind());
        assertEquals("Two bugs accepted for launch", active.get(1).note());
    }

    @Test
    public void revokingKeepsTheRowWithWhoWhenAndWhy() {
        approvals.grant(ISSUE, PROJECT, "STD", "marketing", Kind.SIGN_OFF, "mia", "ok", T1);

        GateApproval revoked = approvals.revoke(ISSUE, "STD", "marketing", Kind.SIGN_OFF, "olga", "campaign moved", T2).orElseThrow();

        assertEquals("mia", revoked.userKey());
        assertEquals("olga", revoked.revokedBy());
        assertEquals(T2, revoked.revokedAt());
        assertEquals("campaign moved", revoked.revokeNote());
        assertFalse(revoked.active());
        assertTrue(approvals.active(ISSUE, "STD").isEmpty());
        List<GateApproval> history = approvals.history(ISSUE, "STD", "marketing", 10);
        assertEquals(1, history.size());
        assertEquals("olga", history.get(0).revokedBy());
    }

    @Test
    public void revokingWhatIsNotThereChangesNothing() {
        approvals.grant(ISSUE, PROJECT, "STD", "marketing", Kind.SIGN_OFF, "mia", null, T1);

        assertTrue(approvals.revoke(ISSUE, "STD", "marketing", Kind.WAIVER, "olga", null, T2).isEmpty());
        assertTrue(approvals.revoke(ISSUE, "STD", "docs", Kind.SIGN_OFF, "olga", null, T2).isEmpty());
        assertEquals(1, approvals.active(ISSUE, "STD").size());
    }

    @Test
    public void signingAgainSupersedesTheActiveSignOffAndKeepsIt() {
        approvals.grant(ISSUE, PROJECT, "STD", "marketing", Kind.SIGN_OFF, "mia", "first", T1);
        approvals.grant(ISSUE, PROJECT, "STD", "marketing", Kind.WAIVER, "olga", "waived meanwhile", T1);

        approvals.grant(ISSUE, PROJECT, "STD", "marketing", Kind.SIGN_OFF, "max", "second", T2);

        List<GateApproval> active = approvals.active(ISSUE, "STD");
        assertEquals(List.of(Kind.WAIVER, Kind.SIGN_OFF), active.stream().map(GateApproval::kind).toList());
        assertEquals("max", active.get(1).userKey());
        List<GateApproval> history = approvals.history(ISSUE, "STD", "marketing", 10);
        assertEquals(3, history.size());
        GateApproval first = history.get(2);
        assertEquals("first", first.note());
        assertEquals("max", first.revokedBy());
        assertEquals("superseded", first.revokeNote());
        assertNull(history.get(1).revokedAt());
    }

    @Test
    public void historyIsBoundedNewestFirst() {
        for (int i = 0; i < 5; i++) {
            approvals.grant(ISSUE, PROJECT, "STD", "marketing", Kind.SIGN_OFF, "mia", "n" + i, T1.plusSeconds(i));
        }
        assertEquals(List.of("n4", "n3"), approvals.history(ISSUE, "STD", "marketing", 2).stream().map(GateApproval::note).toList());
    }

    @Test
    public void readingActiveApprovalsIsOneQueryWhateverTheirNumber() {
        for (int i = 0; i < 12; i++) {
            approvals.grant(ISSUE, PROJECT, "STD", "gate" + i, i % 2 == 0 ? Kind.SIGN_OFF : Kind.WAIVER, "olga", "r" + i, T1);
        }
        AtomicInteger queries = new AtomicInteger();
        net.java.ao.DatabaseProvider.SqlListener counter = sql -> queries.incrementAndGet();
        entityManager.getProvider().addSqlListener(counter);
        try {
            assertEquals(12, approvals.active(ISSUE, "STD").size());
        } finally {
            entityManager.getProvider().removeSqlListener(counter);
        }
        assertEquals(1, queries.get());
    }
}

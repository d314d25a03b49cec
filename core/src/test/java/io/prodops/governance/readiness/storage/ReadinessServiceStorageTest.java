package io.prodops.governance.readiness.storage;

import io.prodops.governance.common.domain.AccessDeniedException;
import io.prodops.governance.common.domain.AuditEntry;
import io.prodops.governance.common.domain.GovernanceException;
import io.prodops.governance.common.domain.IssueFacts;
import io.prodops.governance.common.domain.NotAuthenticatedException;
import io.prodops.governance.common.domain.NotFoundException;
import io.prodops.governance.common.domain.PageRequest;
import io.prodops.governance.common.domain.StatusCategory;
import io.prodops.governance.common.domain.ValidationException;
import io.prodops.governance.prd.domain.PrdStatus;
import io.prodops.governance.readiness.ReadinessEvalFixture;
import io.prodops.governance.readiness.domain.Gate;
import io.prodops.governance.readiness.domain.GateKind;
import io.prodops.governance.readiness.domain.GateParams;
import io.prodops.governance.readiness.domain.GateSetVersion;
import io.prodops.governance.readiness.domain.GateStatus;
import io.prodops.governance.readiness.domain.LinkSpec;
import io.prodops.governance.readiness.domain.ReadinessService;
import io.prodops.governance.readiness.domain.ReadinessView;
import io.prodops.governance.readiness.domain.ValidationOutcome;
import io.prodops.governance.testing.AllEntities;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static io.prodops.governance.readiness.ReadinessEvalFixture.ATL;
import static io.prodops.governance.readiness.ReadinessEvalFixture.MIA;
import static io.prodops.governance.readiness.ReadinessEvalFixture.NOW;
import static io.prodops.governance.readiness.ReadinessEvalFixture.OLGA;
import static io.prodops.governance.readiness.ReadinessEvalFixture.OTTO;
import static io.prodops.governance.readiness.ReadinessEvalFixture.PETE;
import static io.prodops.governance.readiness.ReadinessEvalFixture.SEC;
import static io.prodops.governance.readiness.ReadinessEvalFixture.VIC;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/** Readiness of issues end to end over real storage: evaluation, sign-offs, waivers, redaction, the workflow guard. */
@RunWith(ActiveObjectsJUnitRunner.class)
@Data(AllEntities.class)
public class ReadinessServiceStorageTest {
    private static final LocalDate DUE = LocalDate.parse("2026-12-24");

    private EntityManager entityManager;
    private ReadinessEvalFixture f;
    private IssueFacts initiative;

    @Before
    public void setUp() {
        f = new ReadinessEvalFixture(entityManager);
        f.gateSets.put("LAUNCH", launch(1));
        f.bindings.put(ATL.id(), "LAUNCH");
        initiative = f.add(100, "ATL-100", ATL, "Initiative", StatusCategory.IN_PROGRESS, DUE, null);
    }

    /** PRD approved, children done, blockers resolved, due date, marketing sign-off. */
    private static GateSetVersion launch(int version) {
        return new GateSetVersion("LAUNCH", "Standard launch", null, version, List.of(
                new Gate("prd", "PRD approved", GateKind.PRD_APPROVED, true, new GateParams.PrdApprovedParams()),
                new Gate("children", "Children done", GateKind.CHILDREN_DONE, true,
                        new GateParams.ChildrenDoneParams(Set.of(), 0, GateParams.ChildrenDoneParams.NoChildren.FAIL)),
                new Gate("blockers", "Blockers resolved", GateKind.LINKS_RESOLVED, true, new GateParams.LinksResolvedParams(List.of(LinkSpec.IS_BLOCKED_BY))),
                new Gate("due", "Due date set", GateKind.FIELD_SET, true, new GateParams.FieldSetParams("duedate")),
                new Gate("marketing", "Marketing ready", GateKind.SIGN_OFF, true, new GateParams.SignOffParams("marketing")),
                new Gate("experiments", "Experiments decided", GateKind.EXPERIMENTS_DECIDED, false, new GateParams.ExperimentsDecidedParams())),
                NOW.minusSeconds(3600), "olga", "first");
    }

    private void makeReady() {
        f.prd(initiative, PrdStatus.APPROVED, true);
        f.cache.issueChanged(f.add(101, "ATL-101", ATL, "Epic", StatusCategory.DONE, null, initiative.id())); // as the host's issue event would
        f.as(MIA).service.signOff("ATL-100", null, "marketing", "Campaign booked");
    }

    @Test
    public void aBlockedIssueNamesEveryFailingGateWithItsReason() {
        f.add(101, "ATL-101", ATL, "Epic", StatusCategory.DONE, null, initiative.id());
        f.add(102, "ATL-102", ATL, "Epic", StatusCategory.IN_PROGRESS, null, initiative.id());

        ReadinessView view = f.as(PETE).service.evaluate("ATL-100", null);

        assertFalse(view.evaluation().ready());
        assertEquals("LAUNCH", view.gateSet().key());
        assertEquals(GateStatus.FAIL, status(view, "prd"));
        assertEquals(GateStatus.FAIL, status(view, "children"));
        assertEquals(GateStatus.PASS, status(view, "blockers"));
        assertEquals(GateStatus.PASS, status(view, "due"));
        assertEquals(GateStatus.PENDING, status(view, "marketing"));
        assertEquals(GateStatus.PENDING, status(view, "experiments"));
        assertEquals("1 of 2 child issues done \u2014 ATL-102 is still open.", gate(view, "children").reason().text());
        assertEquals("The issue has no PRD.", gate(view, "prd").reason().text());
        assertEquals("marketing", gate(view, "marketing").group());
        assertFalse("pete is not in marketing", gate(view, "marketing").canSignOff());
        assertFalse(gate(view, "prd").canWaive());
    }

    @Test
    public void aReadyIssueHasEveryRequiredGatePassingAndTheOptionalOnePending() {
        makeReady();

        ReadinessView view = f.as(VIC).service.evaluate("ATL-100", null);

        assertTrue(view.evaluation().ready());
        assertEquals(GateStatus.PASS, status(view, "marketing"));
        assertEquals("mia", gate(view, "marketing").result().signedOff().userKey());
        assertEquals("Campaign booked", gate(view, "marketing").result().signedOff().note());
        assertEquals(GateStatus.PENDING, status(view, "experiments"));
    }

    @Test
    public void onlyMembersOfTheGroupAndOpsManagersSignOff() {
        expect(AccessDeniedException.class, () -> f.as(PETE).service.signOff("ATL-100", null, "marketing", null));
        expect(AccessDeniedException.class, () -> f.as(VIC).service.checkMaySignOff("ATL-100", null, "marketing"));
        expect(NotFoundException.class, () -> f.as(OTTO).service.signOff("ATL-100", null, "marketing", null));
        expect(NotAuthenticatedException.class, () -> f.as(null).service.signOff("ATL-100", null, "marketing", null));
        assertEquals("gateKey", expect(ValidationException.class, () -> f.as(MIA).service.signOff("ATL-100", null, "prd", null)).errors().get(0).field());
        assertEquals("GATE_NOT_FOUND", expect(NotFoundException.class, () -> f.as(MIA).service.signOff("ATL-100", null, "nope", null)).code());
        assertEquals("GATESET_NOT_FOUND", expect(NotFoundException.class, () -> f.as(MIA).service.signOff("ATL-100", "OTHER", "marketing", null)).code());

        assertTrue(gate(f.as(MIA).service.evaluate("ATL-100", null), "marketing").canSignOff());
        assertEquals(GateStatus.PASS, status(f.as(OLGA).service.signOff("ATL-100", null, "marketing", "for mia"), "marketing"));
        ReadinessView revoked = f.as(MIA).service.revokeSignOff("ATL-100", null, "marketing", "campaign moved");
        assertEquals(GateStatus.PENDING, status(revoked, "marketing"));
        assertEquals("SIGNOFF_NOT_FOUND", expect(NotFoundException.class, () -> f.as(MIA).service.revokeSignOff("ATL-100", null, "marketing", null)).code());

        List<String> actions = audit().stream().map(AuditEntry::action).toList();
        assertEquals(List.of("GATE_SIGNOFF_REVOKED", "GATE_SIGNED_OFF"), actions);
        assertEquals("olga", audit().get(1).actorKey());
        assertTrue(audit().get(0).summary().contains("campaign moved"));
    }

    @Test
    public void onlyOpsManagersWaiveRequiredGatesAndOnlyWithAReason() {
        expect(AccessDeniedException.class, () -> f.as(PETE).service.waive("ATL-100", null, "prd", "because"));
        expect(AccessDeniedException.class, () -> f.as(MIA).service.checkMayWaive("ATL-100", null, "prd"));
        assertEquals("reason", expect(ValidationException.class, () -> f.as(OLGA).service.waive("ATL-100", null, "prd", "  ")).errors().get(0).field());
        assertEquals("gateKey", expect(ValidationException.class, () -> f.as(OLGA).service.waive("ATL-100", null, "experiments", "x")).errors().get(0).field());
        assertEquals("reason", expect(ValidationException.class,
                () -> f.as(OLGA).service.waive("ATL-100", null, "prd", "x".repeat(ReadinessService.MAX_NOTE_CHARS + 1))).errors().get(0).field());

        ReadinessView waived = f.as(OLGA).service.waive("ATL-100", null, "prd", "PRD lives in Confluence for this one");

        ReadinessView.GateView prd = gate(waived, "prd");
        assertEquals(GateStatus.WAIVED, prd.result().status());
        assertEquals("olga", prd.result().waiver().userKey());
        assertEquals("PRD lives in Confluence for this one", prd.result().waiver().reason());
        assertTrue(prd.canWaive());
        assertEquals(GateStatus.FAIL, status(f.as(OLGA).service.revokeWaiver("ATL-100", null, "prd", null), "prd"));
        assertEquals("WAIVER_NOT_FOUND", expect(NotFoundException.class, () -> f.as(OLGA).service.revokeWaiver("ATL-100", null, "prd", null)).code());
        assertEquals(List.of("GATE_WAIVER_REVOKED", "GATE_WAIVED"), audit().stream().map(AuditEntry::action).toList());
    }

    @Test
    public void aViewerWhoCannotBrowseABlockerSeesACountNeverItsKeyOrSummary() {
        IssueFacts secret = f.add(300, "SEC-7", SEC, "Story", StatusCategory.IN_PROGRESS, null, null);
        IssueFacts visible = f.add(301, "ATL-301", ATL, "Story", StatusCategory.TO_DO, null, null);
        f.blocks(secret, initiative);
        f.blocks(visible, initiative);

        ReadinessView.GateView asVic = gate(f.as(VIC).service.evaluate("ATL-100", null), "blockers");
        ReadinessView.GateView asOlga = gate(f.as(OLGA).service.evaluate("ATL-100", null), "blockers");

        assertEquals("decided with full visibility", GateStatus.FAIL, asVic.result().status());
        String vicText = asVic.reason().text() + asVic.evidence().stream().map(r -> r.text()).toList();
        assertFalse(vicText, vicText.contains("SEC-7"));
        assertFalse(vicText, vicText.contains("Summary of SEC-7"));
        assertTrue(vicText, vicText.contains("ATL-301"));
        assertTrue(vicText, vicText.contains("you can\u2019t see"));
        assertTrue(asVic.evidence().stream().flatMap(r -> r.issues().stream()).noneMatch(m -> m.key().equals("SEC-7")));
        String olgaText = asOlga.reason().text() + asOlga.evidence().stream().map(r -> r.text()).toList();
        assertTrue(olgaText, olgaText.contains("SEC-7"));
    }

    @Test
    public void theConditionReadsOnlyTheStoredEvaluation() {
        assertTrue("never evaluated: shown, the validator decides", f.guard.cachedReady(initiative, "LAUNCH", Set.of()));
        f.as(PETE).service.evaluate("ATL-100", null);
        int searchesBefore = f.childLookups.get();

        assertFalse(f.guard.cachedReady(initiative, "LAUNCH", Set.of()));
        assertTrue("the due-date gate passes on its own", f.guard.cachedReady(initiative, "LAUNCH", Set.of("due")));
        assertFalse(f.guard.cachedReady(initiative, "LAUNCH", Set.of("due", "prd")));
        assertTrue("optional gates never block", f.guard.cachedReady(initiative, "LAUNCH", Set.of("experiments")));
        assertTrue("no gate set configured", f.guard.cachedReady(initiative, " ", Set.of()));
        assertEquals("the condition never looks up children", searchesBefore, f.childLookups.get());

        makeReady(); // the sign-off re-evaluates and stores: the cached summary is replaced
        assertTrue(f.guard.cachedReady(initiative, "LAUNCH", Set.of()));
        f.licensed.set(false);
        assertTrue(f.guard.cachedReady(initiative, "OTHER", Set.of()));
    }

    @Test
    public void theConditionOnACacheMissReadsTheStoredRowOnceAndThenNothing() {
        f.as(PETE).service.evaluate("ATL-100", null);
        ReadinessEvalFixture other = new ReadinessEvalFixture(entityManager); // another node: an empty cache, same database
        other.issues.putAll(f.issues);
        AtomicInteger queries = new AtomicInteger();
        net.java.ao.DatabaseProvider.SqlListener counter = sql -> queries.incrementAndGet();
        entityManager.getProvider().addSqlListener(counter);
        try {
            assertFalse(other.guard.cachedReady(initiative, "LAUNCH", Set.of()));
            assertEquals(1, queries.get());
            for (int i = 0; i < 100; i++) {
                other.guard.cachedReady(initiative, "LAUNCH", Set.of("prd"));
            }
            assertEquals(1, queries.get());
        } finally {
            entityManager.getProvider().removeSqlListener(counter);
        }
    }

    @Test
    public void theValidatorRefusesWithEachBlockingGateAndItsReason() {
        IssueFacts secret = f.add(300, "SEC-7", SEC, "Story", StatusCategory.IN_PROGRESS, null, null);
        f.blocks(secret, initiative);

        ValidationOutcome outcome = f.guard.validate(initiative, "LAUNCH", Set.of(), VIC, Locale.ENGLISH, ReadinessEvalFixture.utc());

        assertFalse(outcome.allowed());
        assertEquals(List.of("prd", "children", "blockers", "marketing"), outcome.failing().stream().map(ValidationOutcome.FailingGate::gateKey).toList());
        assertTrue(outcome.message(), outcome.message().startsWith("4 gates of Standard launch block this transition:"));
        assertTrue(outcome.message(), outcome.message().contains("\u2022 PRD approved: The issue has no PRD."));
        assertFalse("vic cannot browse SEC-7: " + outcome.message(), outcome.message().contains("SEC-7"));
        assertNotNull(outcome.evaluation());
        assertFalse("stored for the condition", f.guard.cachedReady(initiative, "LAUNCH", Set.of()));

        ValidationOutcome subset = f.guard.validate(initiative, "LAUNCH", Set.of("due"), VIC, Locale.ENGLISH, ReadinessEvalFixture.utc());
        assertTrue(subset.allowed());
    }

    @Test
    public void theValidatorLetsAReadyIssueThroughAndFailsOpenOnlyForLicensing() {
        makeReady();
        assertTrue(f.guard.validate(initiative, "LAUNCH", Set.of(), PETE, Locale.ENGLISH, ReadinessEvalFixture.utc()).allowed());
        assertTrue("no gate set bound, none configured", f.guard.validate(f.add(400, "NOVA-1", new io.prodops.governance.common.domain.ProjectRef(10_004, "NOVA", "Growth"),
                "Initiative", StatusCategory.TO_DO, null, null), null, Set.of(), PETE, Locale.ENGLISH, ReadinessEvalFixture.utc()).allowed());

        ValidationOutcome missing = f.guard.validate(initiative, "NOPE", Set.of(), PETE, Locale.ENGLISH, ReadinessEvalFixture.utc());
        assertFalse("a configured gate set that is not published: fail closed", missing.allowed());
        assertTrue(missing.message(), missing.message().contains("NOPE"));

        f.licensed.set(false);
        ValidationOutcome unlicensed = f.guard.validate(initiative, "NOPE", Set.of(), PETE, Locale.ENGLISH, ReadinessEvalFixture.utc());
        assertTrue(unlicensed.allowed());
        assertTrue(unlicensed.warning(), unlicensed.warning().contains("not licensed"));
    }

    @Test
    public void aHostFailureMakesItsGatesErrorAndTheIssueNotReady() {
        makeReady();
        f.cache.invalidateIssue(initiative.id());
        f.childrenFail.set(true);

        ValidationOutcome outcome = f.guard.validate(initiative, "LAUNCH", Set.of(), PETE, Locale.ENGLISH, ReadinessEvalFixture.utc());

        assertFalse(outcome.allowed());
        assertEquals(List.of("children"), outcome.failing().stream().map(ValidationOutcome.FailingGate::gateKey).toList());
        assertEquals(GateStatus.ERROR, outcome.failing().get(0).status());
        assertTrue(outcome.message(), outcome.message().contains("Could not be checked"));
    }

    @Test
    public void theSnapshotRecordsTheValidatorsEvaluationWithWhoWhenAndTheTransition() {
        makeReady();
        ValidationOutcome validated = f.guard.validate(initiative, "LAUNCH", Set.of(), PETE, Locale.ENGLISH, ReadinessEvalFixture.utc());
        int lookups = f.childLookups.get();

        var snapshot = f.guard.recordSnapshot(initiative, "LAUNCH", PETE, "Launch").orElseThrow();

        assertEquals("the validator's evaluation is reused", lookups, f.childLookups.get());
        assertEquals(validated.evaluation(), snapshot.evaluation());
        assertEquals("pete", snapshot.userKey());
        assertEquals("Launch", snapshot.transitionName());
        assertEquals(NOW, snapshot.takenAt());
        var page = f.as(VIC).service.snapshots("ATL-100", new PageRequest(0, 10));
        assertEquals(1, page.total());
        assertEquals("Pete PM", page.items().get(0).user().displayName());
        assertEquals(6, page.items().get(0).gates().size());
        assertEquals("READINESS_SNAPSHOT", audit().get(0).action());
        expect(NotFoundException.class, () -> f.as(OTTO).service.snapshots("ATL-100", new PageRequest(0, 10)));
        f.licensed.set(false);
        assertTrue(f.guard.recordSnapshot(initiative, "LAUNCH", PETE, "Launch").isEmpty());
    }

    @Test
    public void jqlGatesSearchOnceWithFullVisibilityBoundedToMaxResultsPlusOne() {
        GateSetVersion jql = new GateSetVersion("JQL", "Queries", null, 1, List.of(
                new Gate("match", "In the launch filter", GateKind.JQL_MATCH, true, new GateParams.JqlMatchParams("project = ATL", null)),
                new Gate("bugs", "At most 2 open bugs", GateKind.JQL_MATCH, true,
                        new GateParams.JqlMatchParams("parent = {{issue.key}} AND statusCategory != Done", 2)),
                new Gate("bad", "Broken query", GateKind.JQL_MATCH, false, new GateParams.JqlMatchParams("project = !!", null))),
                NOW, "olga", "v1");
        f.gateSets.put("JQL", jql);
        IssueFacts bug = f.add(110, "ATL-110", ATL, "Bug", StatusCategory.TO_DO, null, initiative.id());
        f.searchAnswer = (q, max) -> q.startsWith("key = ATL-100") ? List.of(initiative) : List.of(bug, bug, bug, bug);

        ReadinessView view = f.as(PETE).service.evaluate("ATL-100", "JQL");
        f.as(PETE).service.evaluate("ATL-100", "JQL");

        assertEquals(List.of("key = ATL-100 AND (project = ATL) [max 1]", "parent = ATL-100 AND statusCategory != Done [max 3]",
                "key = ATL-100 AND (project = !!) [max 1]"), f.queries);
        assertEquals(GateStatus.PASS, status(view, "match"));
        assertEquals(GateStatus.FAIL, status(view, "bugs"));
        assertEquals(GateStatus.ERROR, status(view, "bad"));
        f.cache.invalidateIssue(initiative.id());
        f.as(PETE).service.evaluate("ATL-100", "JQL");
        assertEquals("after an issue event the queries run again", 6, f.searches.get());
    }

    /** A cold evaluation: the same number of AO queries for 6 gates and for 48 (eight of each kind). */
    @Test
    public void aColdEvaluationMakesAConstantNumberOfQueriesWhateverTheNumberOfGates() {
        makeReady();
        f.gateSets.put("BIG", many(8));
        f.gateSets.put("SMALL", many(1));
        int small = queriesOfColdEvaluation("SMALL");
        int big = queriesOfColdEvaluation("BIG");
        assertEquals(small, big);
        assertTrue("queries: " + small, small <= 8);
    }

    /**
     * The whole cold path a validator runs, gate set and binding read from storage: the same number of queries for 8
     * gates and for 40. Prints the figure for the report.
     */
    @Test
    public void theWholeColdPathReadingTheGateSetAndBindingIsConstantToo() {
        makeReady();
        f.install(many(1).content());
        f.install(withKey(many(5), "BIG").content());
        f.useStoredGateSets();
        f.as(OLGA).gateSetService.saveBindings(List.of(new io.prodops.governance.readiness.domain.GateBindingInput("ATL", null, List.of(), "SMALL")), 0);

        int named = queriesOfColdValidation("BIG");
        int small = queriesOfColdValidation("SMALL");
        int bound = queriesOfColdValidation(null);

        assertEquals(small, named);
        System.out.println("Cold validation AO queries: " + named + " with the gate set named, " + bound + " through the binding");
        assertTrue("queries: " + named, named <= 10);
        assertTrue("resolving the binding reads the binding list, bounded: " + bound, bound <= named + 4);
    }

    private int queriesOfColdValidation(String gateset) {
        f.cache.invalidateIssue(initiative.id());
        AtomicInteger queries = new AtomicInteger();
        net.java.ao.DatabaseProvider.SqlListener counter = s -> queries.incrementAndGet();
        entityManager.getProvider().addSqlListener(counter);
        try {
            assertNotNull(f.guard.validate(initiative, gateset, Set.of(), PETE, Locale.ENGLISH, ReadinessEvalFixture.utc()).evaluation());
        } finally {
            entityManager.getProvider().removeSqlListener(counter);
        }
        return queries.get();
    }

    private static GateSetVersion withKey(GateSetVersion v, String key) {
        return new GateSetVersion(key, v.name(), v.description(), v.version(), v.gates(), v.publishedAt(), v.publishedBy(), v.note());
    }

    private int queriesOfColdEvaluation(String gateset) {
        f.cache.invalidateIssue(initiative.id());
        AtomicInteger queries = new AtomicInteger();
        List<String> sql = new ArrayList<>();
        net.java.ao.DatabaseProvider.SqlListener counter = s -> {
            queries.incrementAndGet();
            sql.add(s);
        };
        entityManager.getProvider().addSqlListener(counter);
        try {
            f.evaluator.evaluateAndStore(initiative, f.gateSets.get(gateset));
        } finally {
            entityManager.getProvider().removeSqlListener(counter);
        }
        return queries.get();
    }

    private static GateSetVersion many(int each) {
        List<Gate> gates = new ArrayList<>();
        for (int i = 0; i < each; i++) {
            gates.add(new Gate("prd" + i, "PRD", GateKind.PRD_APPROVED, true, new GateParams.PrdApprovedParams()));
            gates.add(new Gate("complete" + i, "PRD complete", GateKind.PRD_COMPLETE, true, new GateParams.PrdCompleteParams(0.5)));
            gates.add(new Gate("children" + i, "Children", GateKind.CHILDREN_DONE, true,
                    new GateParams.ChildrenDoneParams(Set.of(), 0, GateParams.ChildrenDoneParams.NoChildren.FAIL)));
            gates.add(new Gate("links" + i, "Links", GateKind.LINKS_RESOLVED, true, new GateParams.LinksResolvedParams(null)));
            gates.add(new Gate("field" + i, "Field", GateKind.FIELD_SET, true, new GateParams.FieldSetParams(i % 2 == 0 ? "duedate" : "assignee")));
            gates.add(new Gate("jql" + i, "JQL", GateKind.JQL_MATCH, true, new GateParams.JqlMatchParams("project = ATL AND type = Bug" + i, 5)));
            gates.add(new Gate("exp" + i, "Experiments", GateKind.EXPERIMENTS_DECIDED, false, new GateParams.ExperimentsDecidedParams()));
            gates.add(new Gate("sign" + i, "Sign-off", GateKind.SIGN_OFF, true, new GateParams.SignOffParams("marketing")));
        }
        return new GateSetVersion(each == 1 ? "SMALL" : "BIG", "Many", null, 1, gates, NOW, "olga", "v1");
    }

    private List<AuditEntry> audit() {
        return f.audit.history(ReadinessService.AUDIT_SUBJECT, String.valueOf(initiative.id()), new PageRequest(0, 50)).items();
    }

    private static GateStatus status(ReadinessView view, String gateKey) {
        return gate(view, gateKey).result().status();
    }

    private static ReadinessView.GateView gate(ReadinessView view, String gateKey) {
        return view.gates().stream().filter(g -> g.result().gateKey().equals(gateKey)).findFirst()
                .orElseThrow(() -> new AssertionError("no gate " + gateKey));
    }

    private static <T extends GovernanceException> T expect(Class<T> type, Runnable action) {
        try {
            action.run();
        } catch (GovernanceException e) {
            if (type.isInstance(e)) {
                return type.cast(e);
            }
            throw new AssertionError("expected " + type.getSimpleName() + " but got " + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
        fail("expected " + type.getSimpleName());
        return null;
    }

    @Test
    public void everyStoredEvaluationIsReportedToTheChangeListener() {
        long id = f.issues.values().stream().filter(i -> i.key().equals("ATL-100")).findFirst().orElseThrow().id();
        f.changed.clear();

        f.as(PETE).service.evaluate("ATL-100", null);
        f.as(VIC).service.evaluate("ATL-100", null);

        assertEquals(java.util.List.of(id, id), f.changed);
    }
}

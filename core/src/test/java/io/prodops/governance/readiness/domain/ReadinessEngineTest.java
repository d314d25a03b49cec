package io.prodops.governance.readiness.domain;

import io.prodops.governance.common.domain.IssueFacts;
import io.prodops.governance.common.domain.IssueLinkFacts;
import io.prodops.governance.common.domain.StatusCategory;
import io.prodops.governance.prd.domain.PrdStatus;
import io.prodops.governance.readiness.domain.GateParams.ChildrenDoneParams;
import io.prodops.governance.readiness.domain.GateParams.ChildrenDoneParams.NoChildren;
import io.prodops.governance.readiness.domain.GateParams.ExperimentsDecidedParams;
import io.prodops.governance.readiness.domain.GateParams.FieldSetParams;
import io.prodops.governance.readiness.domain.GateParams.JqlMatchParams;
import io.prodops.governance.readiness.domain.GateParams.LinksResolvedParams;
import io.prodops.governance.readiness.domain.GateParams.PrdApprovedParams;
import io.prodops.governance.readiness.domain.GateParams.PrdCompleteParams;
import io.prodops.governance.readiness.domain.GateParams.SignOffParams;
import org.junit.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.prodops.governance.readiness.domain.ReadinessFixture.NOW;
import static io.prodops.governance.readiness.domain.ReadinessFixture.blockedBy;
import static io.prodops.governance.readiness.domain.ReadinessFixture.done;
import static io.prodops.governance.readiness.domain.ReadinessFixture.englishFor;
import static io.prodops.governance.readiness.domain.ReadinessFixture.gate;
import static io.prodops.governance.readiness.domain.ReadinessFixture.initiative;
import static io.prodops.governance.readiness.domain.ReadinessFixture.issue;
import static io.prodops.governance.readiness.domain.ReadinessFixture.open;
import static io.prodops.governance.readiness.domain.ReadinessFixture.optional;
import static io.prodops.governance.readiness.domain.ReadinessFixture.set;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

public class ReadinessEngineTest {
    private final ReadinessEngine engine = new ReadinessEngine();
    private final ReadinessFacts base = ReadinessFacts.of(initiative());

    private GateResult only(GateParams params, ReadinessFacts facts) {
        Evaluation e = engine.evaluate(set(gate("g", params)), facts, NOW);
        assertEquals(1, e.gates().size());
        GateResult r = e.gates().get(0);
        assertEquals(r.status().letsThrough(), e.ready());
        return r;
    }

    private static String reason(GateResult r) {
        return englishFor().text(r.reason());
    }

    private static List<String> evidence(GateResult r) {
        return englishFor().renderEvidence(r.evidence()).stream().map(ReadinessMessages.Rendered::text).toList();
    }

    private static PrdFacts prd(PrdStatus status, double completeness) {
        return new PrdFacts(status, completeness, List.of(), 0);
    }

    // ---------------------------------------------------------------- overall

    @Test
    public void readyIffEveryRequiredGateIsPassOrWaived() {
        GateSetVersion gates = set(gate("prd", new PrdApprovedParams()), optional("exp", new ExperimentsDecidedParams()),
                gate("mkt", new SignOffParams("marketing")));
        ReadinessFacts approved = base.withPrd(prd(PrdStatus.APPROVED, 1));
        Evaluation pending = engine.evaluate(gates, approved, NOW);
        assertFalse(pending.ready());
        assertEquals(List.of("mkt"), pending.blocking().stream().map(GateResult::gateKey).toList());

        Evaluation signed = engine.evaluate(gates, approved.withSignOffs(Map.of("mkt", new SignOffInfo("pete", NOW, null))), NOW);
        assertTrue("an optional PENDING gate does not block", signed.ready());
        assertEquals(GateStatus.PENDING, signed.gates().get(1).status());

        Evaluation waived = engine.evaluate(gates, approved.withWaivers(Map.of("mkt", new WaiverInfo("olga", NOW, "launching quietly"))), NOW);
        assertTrue(waived.ready());
        assertEquals(GateStatus.WAIVED, waived.gates().get(2).status());
    }

    @Test
    public void evaluationCarriesTheSetVersionIssueAndTimeAndKeepsGateOrder() {
        Evaluation e = engine.evaluate(set(gate("b", new PrdApprovedParams()), gate("a", new ExperimentsDecidedParams())), base, NOW);
        assertEquals("LAUNCH", e.gatesetKey());
        assertEquals(3, e.version());
        assertEquals(1L, e.issueId());
        assertEquals(NOW, e.evaluatedAt());
        assertEquals(List.of("b", "a"), e.gates().stream().map(GateResult::gateKey).toList());
        assertEquals("Gate b", e.gates().get(0).title());
        assertEquals(GateKind.PRD_APPROVED, e.gates().get(0).kind());
    }

    @Test
    public void aSubsetOfGatesDecidesReadinessOnItsOwn() {
        GateSetVersion gates = set(gate("prd", new PrdApprovedParams()), gate("mkt", new SignOffParams("marketing")));
        Evaluation e = engine.evaluate(gates, base.withPrd(prd(PrdStatus.APPROVED, 1)), NOW, Set.of("prd"));
        assertTrue(e.ready());
        assertEquals(List.of("prd"), e.gates().stream().map(GateResult::gateKey).toList());
    }

    @Test
    public void sameInputsGiveTheSameEvaluation() {
        GateSetVersion gates = set(gate("c", new ChildrenDoneParams(Set.of(), 0, NoChildren.FAIL)), gate("l", new LinksResolvedParams(null)));
        ReadinessFacts facts = base.withChildren(List.of(open(12), done(13), open(15))).withLinks(List.of(blockedBy(open(20))));
        assertEquals(engine.evaluate(gates, facts, NOW), engine.evaluate(gates, facts, NOW));
    }

    // ---------------------------------------------------------------- children

    @Test
    public void childrenDoneNamesTheOpenChildren() {
        GateResult r = only(GateParams.defaults(GateKind.CHILDREN_DONE),
                base.withChildren(List.of(done(11), open(12), done(13), done(14), issue(15, "ABC-15", "Task", StatusCategory.TO_DO))));
        assertEquals(GateStatus.FAIL, r.status());
        assertEquals("3 of 5 child issues done \u2014 ABC-12 and ABC-15 are still open.", reason(r));
        assertEquals(List.of("ABC-12 Summary of ABC-12: In Progress", "ABC-15 Summary of ABC-15: To Do"), evidence(r));
    }

    @Test
    public void childrenAllDonePass() {
        GateResult r = only(GateParams.defaults(GateKind.CHILDREN_DONE), base.withChildren(List.of(done(11), done(12))));
        assertEquals(GateStatus.PASS, r.status());
        assertEquals("All 2 child issues are done.", reason(r));
    }

    @Test
    public void noChildrenFailsByDefaultAndPassesWhenConfigured() {
        GateResult byDefault = only(GateParams.defaults(GateKind.CHILDREN_DONE), base);
        assertEquals(GateStatus.FAIL, byDefault.status());
        assertEquals("The issue has no child issues yet.", reason(byDefault));
        assertEquals(GateStatus.PASS, only(new ChildrenDoneParams(Set.of(), 0, NoChildren.PASS), base).status());
    }

    // ---------------------------------------------------------------- links

    @Test
    public void aDeletedLinkedIssueIsNotCountedAndSaidSo() {
        LinkedIssue deleted = new LinkedIssue(new IssueLinkFacts("Blocks", IssueLinkFacts.Direction.INWARD, 99), null);
        GateResult r = only(GateParams.defaults(GateKind.LINKS_RESOLVED), base.withLinks(List.of(deleted, blockedBy(done(20)))));
        assertEquals(GateStatus.PASS, r.status());
        assertEquals("The linked issue is done.", reason(r));
        assertEquals(List.of("One linked issue was deleted and is not counted."), evidence(r));
    }

    // ---------------------------------------------------------------- fields, JQL

    @Test
    public void anUnknownFieldIsAnErrorAndBlocks() {
        GateResult r = only(new FieldSetParams("customfield_10999"), base.withFields(Map.of("customfield_10999", FieldValue.UNKNOWN_FIELD)));
        assertEquals(GateStatus.ERROR, r.status());
        assertEquals("The field customfield_10999 does not exist (any more): fix the gate set.", reason(r));
    }

    @Test
    public void aFailingQueryIsAnErrorAndBlocks() {
        GateResult r = only(new JqlMatchParams("project = GONE", null), base.withJql(Map.of("g", JqlOutcome.failed("The value 'GONE' does not exist for the field 'project'."))));
        assertEquals(GateStatus.ERROR, r.status());
        assertEquals("The query failed: The value 'GONE' does not exist for the field 'project'.", reason(r));
    }

    // ---------------------------------------------------------------- experiments, sign-off, waivers

    @Test
    public void experimentsStayPendingUntilTheCapabilityExists() {
        GateResult r = only(new ExperimentsDecidedParams(), base);
        assertEquals(GateStatus.PENDING, r.status());
        assertEquals("Experiments are not available yet.", reason(r));
    }

    @Test
    public void aWaiverOnAPassingGateKeepsItsReason() {
        WaiverInfo waiver = new WaiverInfo("olga", NOW, "double-checked");
        GateResult r = only(new PrdApprovedParams(), base.withPrd(prd(PrdStatus.APPROVED, 1)).withWaivers(Map.of("g", waiver)));
        assertEquals(GateStatus.WAIVED, r.status());
        assertEquals("The PRD is approved.", reason(r));
        assertSame(waiver, r.waiver());
        assertEquals("Waived Dec 1, 2026, 10:00\u202fAM: double-checked (the gate was PASS)", evidence(r).get(0));
    }

    @Test
    public void signOffWithoutASignOffIsPendingAndWithOneIsPass() {
        GateResult waiting = only(new SignOffParams("marketing"), base);
        assertEquals(GateStatus.PENDING, waiting.status());
        assertEquals("Waiting for a sign-off by a member of marketing.", reason(waiting));
        assertNull(waiting.signedOff());
        SignOffInfo info = new SignOffInfo("pete", NOW, "Campaign ready");
        GateResult signed = only(new SignOffParams("marketing"), base.withSignOffs(Map.of("g", info)));
        assertEquals(GateStatus.PASS, signed.status());
        assertSame(info, signed.signedOff());
        assertEquals(List.of("Note: Campaign ready"), evidence(signed));
    }

    @Test
    public void factsThatCouldNotBeGatheredFailClosed() {
        GateResult r = only(GateParams.defaults(GateKind.CHILDREN_DONE), base.withChildren(List.of(done(2)))
                .withUnavailable(Map.of(GateKind.CHILDREN_DONE, "the search service is down")));
        assertEquals(GateStatus.ERROR, r.status());
        assertEquals("Could not be checked: the search service is down", reason(r));
    }

    static IssueFacts unused() {
        return null;
    }
}

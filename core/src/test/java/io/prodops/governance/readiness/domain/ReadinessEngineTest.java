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

    // ---------------------------------------------------------------- more PRD cases

    @Test
    public void prdApprovedFailsWithoutAPrdAndNamesTheStatusOtherwise() {
        GateResult none = only(new PrdApprovedParams(), base);
        assertEquals(GateStatus.FAIL, none.status());
        assertEquals("The issue has no PRD.", reason(none));
        assertEquals("The PRD is in review, not approved yet.", reason(only(new PrdApprovedParams(), base.withPrd(prd(PrdStatus.IN_REVIEW, 1)))));
        assertEquals("The PRD is a draft, not approved yet.", reason(only(new PrdApprovedParams(), base.withPrd(prd(PrdStatus.DRAFT, 1)))));
        assertEquals("Changes were requested on the PRD; it is not approved.",
                reason(only(new PrdApprovedParams(), base.withPrd(prd(PrdStatus.CHANGES_REQUESTED, 1)))));
        for (PrdStatus status : PrdStatus.values()) {
            GateResult r = only(new PrdApprovedParams(), base.withPrd(prd(status, 1)));
            assertEquals(status.name(), status == PrdStatus.APPROVED ? GateStatus.PASS : GateStatus.FAIL, r.status());
            assertFalse("every status has a text: " + status, reason(r).startsWith("prodops."));
        }
    }

    @Test
    public void prdCompleteComparesWithTheThresholdAndListsWhatIsMissing() {
        PrdFacts twoThirds = new PrdFacts(PrdStatus.DRAFT, 2.0 / 3, List.of("Goals"), 0);
        GateResult fails = only(GateParams.defaults(GateKind.PRD_COMPLETE), base.withPrd(twoThirds));
        assertEquals(GateStatus.FAIL, fails.status());
        assertEquals("The PRD is only 67% complete (needs 100%).", reason(fails));
        assertEquals(List.of("Required section not filled: Goals"), evidence(fails));
        GateResult passes = only(new PrdCompleteParams(2.0 / 3), base.withPrd(twoThirds));
        assertEquals("exactly at the threshold passes", GateStatus.PASS, passes.status());
        assertEquals(GateStatus.PASS, only(new PrdCompleteParams(0), base.withPrd(new PrdFacts(PrdStatus.DRAFT, 0, List.of("Goals"), 0))).status());
        assertEquals(GateStatus.FAIL, only(new PrdCompleteParams(0), base).status());
    }

    @Test
    public void archivedSectionsAreNotCountedAndSaidSo() {
        GateResult r = only(GateParams.defaults(GateKind.PRD_COMPLETE), base.withPrd(new PrdFacts(PrdStatus.APPROVED, 1, List.of(), 2)));
        assertEquals(GateStatus.PASS, r.status());
        assertEquals("The PRD is 100% complete (needs 100%).", reason(r));
        assertEquals(List.of("2 archived sections are not counted."), evidence(r));
    }

    // ---------------------------------------------------------------- more children cases

    @Test
    public void ignoredTypesAreNotCounted() {
        ChildrenDoneParams ignoreBugs = new ChildrenDoneParams(Set.of("bug"), 0, NoChildren.FAIL);
        GateResult r = only(ignoreBugs, base.withChildren(List.of(done(11), issue(12, "ABC-12", "Bug", StatusCategory.TO_DO))));
        assertEquals(GateStatus.PASS, r.status());
        assertEquals(List.of("One child issue of an ignored type is not counted."), evidence(r));
        GateResult onlyBugs = only(ignoreBugs, base.withChildren(List.of(issue(12, "ABC-12", "Bug", StatusCategory.TO_DO))));
        assertEquals("only ignored children = no children", GateStatus.FAIL, onlyBugs.status());
        assertEquals("The issue has no child issues yet.", reason(onlyBugs));
    }

    @Test
    public void fewerChildrenThanTheMinimumFail() {
        GateResult r = only(new ChildrenDoneParams(Set.of(), 3, NoChildren.FAIL), base.withChildren(List.of(done(11), done(12))));
        assertEquals(GateStatus.FAIL, r.status());
        assertEquals("Only 2 child issues; at least 3 are needed.", reason(r));
        assertEquals(GateStatus.PASS, only(new ChildrenDoneParams(Set.of(), 2, NoChildren.FAIL), base.withChildren(List.of(done(11), done(12)))).status());
    }

    @Test
    public void manyOpenChildrenAreCountedInFullButListedUpToALimit() {
        List<IssueFacts> children = new java.util.ArrayList<>();
        for (int i = 0; i < ReadinessEngine.EVIDENCE_MAX + 5; i++) {
            children.add(open(100 + i));
        }
        GateResult r = only(GateParams.defaults(GateKind.CHILDREN_DONE), base.withChildren(children));
        assertTrue(reason(r), reason(r).startsWith("0 of 25 child issues done"));
        assertEquals(ReadinessEngine.EVIDENCE_MAX + 1, r.evidence().size());
        assertEquals("\u2026 and 5 more", evidence(r).get(ReadinessEngine.EVIDENCE_MAX));
    }

    // ---------------------------------------------------------------- more links cases

    @Test
    public void onlyLinksOfTheConfiguredTypesAndDirectionsCount() {
        IssueFacts blocker = open(20);
        IssueFacts blocked = open(21);
        IssueFacts related = open(22);
        List<LinkedIssue> links = List.of(blockedBy(blocker),
                new LinkedIssue(new IssueLinkFacts("Blocks", IssueLinkFacts.Direction.OUTWARD, blocked.id()), blocked),
                new LinkedIssue(new IssueLinkFacts("Relates", IssueLinkFacts.Direction.INWARD, related.id()), related),
                blockedBy(blocker));
        GateResult r = only(GateParams.defaults(GateKind.LINKS_RESOLVED), base.withLinks(links));
        assertEquals(GateStatus.FAIL, r.status());
        assertEquals("0 of 1 linked issues done \u2014 ABC-20 is still open.", reason(r));
        GateResult outward = only(new LinksResolvedParams(List.of(new LinkSpec("blocks", IssueLinkFacts.Direction.OUTWARD))), base.withLinks(links));
        assertEquals("0 of 1 linked issues done \u2014 ABC-21 is still open.", reason(outward));
        GateResult none = only(GateParams.defaults(GateKind.LINKS_RESOLVED), base);
        assertEquals(GateStatus.PASS, none.status());
        assertEquals("No issues are linked as Blocks (inward).", reason(none));
    }

    // ---------------------------------------------------------------- more fields and JQL cases

    @Test
    public void fieldSetPassesWithAValueAndFailsWithout() {
        assertEquals(GateStatus.PASS, only(new FieldSetParams("duedate"), base.withFields(Map.of("duedate", FieldValue.of(true)))).status());
        GateResult empty = only(new FieldSetParams("duedate"), base.withFields(Map.of("duedate", FieldValue.of(false))));
        assertEquals(GateStatus.FAIL, empty.status());
        assertEquals("duedate has no value.", reason(empty));
        assertEquals("a field nobody read is an error, not a pass", GateStatus.ERROR, only(new FieldSetParams("duedate"), base).status());
    }

    @Test
    public void jqlMatchInBothModes() {
        JqlMatchParams matches = new JqlMatchParams("labels = launch", null);
        assertEquals(GateStatus.PASS, only(matches, base.withJql(Map.of("g", JqlOutcome.issueMatches(true)))).status());
        GateResult noMatch = only(matches, base.withJql(Map.of("g", JqlOutcome.issueMatches(false))));
        assertEquals(GateStatus.FAIL, noMatch.status());
        assertEquals(List.of("Query: labels = launch"), evidence(noMatch));

        JqlMatchParams atMostTwo = new JqlMatchParams("parent = {{issue.key}} AND issuetype = Bug", 2);
        GateResult within = only(atMostTwo, base.withJql(Map.of("g", JqlOutcome.counted(2, List.of(open(30), open(31))))));
        assertEquals(GateStatus.PASS, within.status());
        assertEquals("2 of at most 2 issues match the query.", reason(within));
        GateResult over = only(atMostTwo, base.withJql(Map.of("g", JqlOutcome.counted(3, List.of(open(30), open(31), open(32))))));
        assertEquals(GateStatus.FAIL, over.status());
        assertEquals("More than 2 issues match the query.", reason(over));
        assertEquals(4, over.evidence().size());
        assertEquals(GateStatus.ERROR, only(atMostTwo, base).status());
    }

    // ---------------------------------------------------------------- more experiments and sign-off cases

    @Test
    public void experimentsNeedADecisionEach() {
        ExperimentsDecidedParams p = new ExperimentsDecidedParams();
        GateResult none = only(p, base.withExperiments(List.of()));
        assertEquals(GateStatus.PASS, none.status());
        assertEquals("No experiments are linked.", reason(none));
        GateResult decided = only(p, base.withExperiments(List.of(new ExperimentDecisionFact(40, "ABC-40", "CONCLUDED", "SHIP"))));
        assertEquals(GateStatus.PASS, decided.status());
        assertEquals(List.of("ABC-40: SHIP"), evidence(decided));
        GateResult undecided = only(p, base.withExperiments(List.of(new ExperimentDecisionFact(40, "ABC-40", "CONCLUDED", "KILL"),
                new ExperimentDecisionFact(41, "ABC-41", "RUNNING", null))));
        assertEquals(GateStatus.FAIL, undecided.status());
        assertEquals("1 of 2 experiments decided \u2014 ABC-41 has no decision yet.", reason(undecided));
    }

    @Test
    public void aWaiverLetsAPendingSignOffThroughAndKeepsWhyItWasPending() {
        GateResult r = only(new SignOffParams("marketing"), base.withWaivers(Map.of("g", new WaiverInfo("olga", NOW, "soft launch"))));
        assertEquals(GateStatus.WAIVED, r.status());
        assertEquals("Waiting for a sign-off by a member of marketing.", reason(r));
        assertTrue(evidence(r).get(0), evidence(r).get(0).contains("soft launch (the gate was PENDING)"));
    }

    @Test
    public void errorsBlockOnlyRequiredGatesAndCanBeWaived() {
        GateSetVersion gates = set(optional("field", new FieldSetParams("customfield_1")), gate("prd", new PrdApprovedParams()));
        ReadinessFacts facts = base.withPrd(prd(PrdStatus.APPROVED, 1)).withFields(Map.of("customfield_1", FieldValue.UNKNOWN_FIELD));
        Evaluation optionalError = engine.evaluate(gates, facts, NOW);
        assertEquals(GateStatus.ERROR, optionalError.gates().get(0).status());
        assertTrue(optionalError.ready());
        GateSetVersion required = set(gate("field", new FieldSetParams("customfield_1")), gate("prd", new PrdApprovedParams()));
        assertFalse("fail closed", engine.evaluate(required, facts, NOW).ready());
        Evaluation waived = engine.evaluate(required, facts.withWaivers(Map.of("field", new WaiverInfo("olga", NOW, "field retired"))), NOW);
        assertTrue(waived.ready());
        assertEquals(GateStatus.WAIVED, waived.gates().get(0).status());
    }

    @Test
    public void aReaderWhoCannotBrowseTheBlockerSeesACountNeverItsKeyOrSummary() {
        GateResult r = only(GateParams.defaults(GateKind.LINKS_RESOLVED), base.withLinks(List.of(blockedBy(open(20)), blockedBy(open(21)))));
        ReadinessMessages viewer = englishFor(21);
        String text = viewer.text(r.reason());
        assertEquals("0 of 2 linked issues done \u2014 ABC-20 and one issue you can\u2019t see are still open.", text);
        List<String> lines = viewer.renderEvidence(r.evidence()).stream().map(ReadinessMessages.Rendered::text).toList();
        assertEquals(List.of("ABC-20 Summary of ABC-20: In Progress", "One more issue you can\u2019t see."), lines);
        for (String line : lines) {
            assertFalse(line, line.contains("ABC-21"));
        }
        assertFalse(text.contains("ABC-21"));
    }
}

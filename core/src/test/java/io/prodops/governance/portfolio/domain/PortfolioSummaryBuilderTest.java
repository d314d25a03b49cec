package io.prodops.governance.portfolio.domain;

import io.prodops.governance.common.domain.ConfigStatus;
import io.prodops.governance.common.domain.IssueFacts;
import io.prodops.governance.common.domain.IssueLinkFacts;
import io.prodops.governance.common.domain.ProjectRef;
import io.prodops.governance.common.domain.RevisionInfo;
import io.prodops.governance.common.domain.StatusCategory;
import io.prodops.governance.common.domain.VersionedConfig.Version;
import io.prodops.governance.common.port.IssueDirectory;
import io.prodops.governance.experiment.domain.Decision;
import io.prodops.governance.experiment.domain.ExperimentLinks;
import io.prodops.governance.experiment.domain.ExperimentRepository;
import io.prodops.governance.experiment.domain.ExperimentRepository.ExperimentState;
import io.prodops.governance.experiment.domain.ExperimentStatus;
import io.prodops.governance.experiment.domain.ResultSnapshot;
import io.prodops.governance.experiment.domain.ResultSource;
import io.prodops.governance.experiment.domain.Variant;
import io.prodops.governance.experiment.domain.stats.VariantResult;
import io.prodops.governance.prd.domain.PrdHeader;
import io.prodops.governance.prd.domain.PrdRepository;
import io.prodops.governance.prd.domain.PrdStatus;
import io.prodops.governance.readiness.domain.Evaluation;
import io.prodops.governance.readiness.domain.GateBinding;
import io.prodops.governance.readiness.domain.GateBindingRepository;
import io.prodops.governance.readiness.domain.GateBindings;
import io.prodops.governance.readiness.domain.GateKind;
import io.prodops.governance.readiness.domain.GateResult;
import io.prodops.governance.readiness.domain.GateStatus;
import io.prodops.governance.readiness.domain.IssueFieldValues;
import io.prodops.governance.readiness.domain.Message;
import io.prodops.governance.readiness.domain.ReadinessEvaluationRepository;
import org.junit.Before;
import org.junit.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Each input of a summary row, read once per batch, and the health computed from them. */
public class PortfolioSummaryBuilderTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");
    private static final ProjectRef GROW = new ProjectRef(10, "GROW", "Growth");
    private static final ProjectRef OPS = new ProjectRef(20, "OPS", "Operations");

    private final PrdRepository prds = mock(PrdRepository.class);
    private final GateBindingRepository bindings = mock(GateBindingRepository.class);
    private final ReadinessEvaluationRepository evaluations = mock(ReadinessEvaluationRepository.class);
    private final ExperimentRepository experiments = mock(ExperimentRepository.class);
    private final IssueDirectory issues = mock(IssueDirectory.class);
    private final IssueFieldValues fields = mock(IssueFieldValues.class);
    private final HealthRulesService rules = mock(HealthRulesService.class);
    private PortfolioSummaryBuilder builder;

    @Before
    public void setUp() {
        builder = new PortfolioSummaryBuilder(prds, bindings, evaluations, experiments, issues, fields, rules, Clock.fixed(NOW, ZoneOffset.UTC));
        when(bindings.load()).thenReturn(new GateBindings(1, List.of(
                new GateBinding(GROW, List.of("Initiative"), "LAUNCH"), new GateBinding(GROW, List.of(), "LIGHT")), null, null));
        when(rules.published(null)).thenReturn(Optional.empty());
        when(issues.linksOf(anyCollection())).thenReturn(Map.of());
    }

    private static IssueFacts issue(long id, ProjectRef project, String type, LocalDate due, StatusCategory category) {
        return new IssueFacts(id, project.key() + "-" + id, "Summary " + id, project, type, "Open", category, "owner" + id, due, null);
    }

    private static IssueFacts initiative(long id, LocalDate due) {
        return issue(id, GROW, "Initiative", due, StatusCategory.IN_PROGRESS);
    }

    private static GateResult gate(String key, String title, boolean required, GateStatus status) {
        return new GateResult(key, title, GateKind.PRD_APPROVED, required, status, null, List.of(), null, null);
    }

    private PortfolioSummary only(IssueFacts issue) {
        return only(issue, PortfolioSettings.defaults());
    }

    private PortfolioSummary only(IssueFacts issue, PortfolioSettings settings) {
        List<PortfolioSummary> rows = builder.build(List.of(issue), settings);
        assertEquals(1, rows.size());
        return rows.get(0);
    }

    @Test
    public void theIssueGivesKeySummaryProjectOwnerStatusAndTheDueDate() {
        PortfolioSummary row = only(initiative(1, LocalDate.parse("2027-03-01")));

        assertEquals(1, row.issueId());
        assertEquals("GROW-1", row.issueKey());
        assertEquals("Summary 1", row.summary());
        assertEquals(10, row.projectId());
        assertEquals("GROW", row.projectKey());
        assertEquals("Initiative", row.issueType());
        assertEquals("owner1", row.ownerKey());
        assertEquals(StatusCategory.IN_PROGRESS, row.statusCategory());
        assertEquals(LocalDate.parse("2027-03-01"), row.targetDate());
        assertEquals(NOW, row.updatedAt());
        assertEquals(NOW, row.refreshedAt());
        assertEquals(TODAY, row.healthDay());
        assertEquals(0, row.rulesVersion());
    }

    @Test
    public void theConfiguredDateFieldIsTheTargetDateInsteadOfTheDueDate() {
        IssueFacts a = initiative(1, LocalDate.parse("2027-03-01"));
        IssueFacts b = initiative(2, LocalDate.parse("2027-03-01"));
        when(fields.dates(List.of(a, b), "customfield_10020")).thenReturn(Map.of(1L, LocalDate.parse("2027-06-30")));
        List<PortfolioSummary> rows = builder.build(List.of(a, b), new PortfolioSettings(null, "customfield_10020", 1));

        assertEquals(LocalDate.parse("2027-06-30"), rows.get(0).targetDate());
        assertNull("no value in the configured field: no target date, whatever the due date", rows.get(1).targetDate());
        verify(fields, times(1)).dates(anyCollection(), anyString());
    }

    @Test
    public void thePrdHeaderGivesStatusAndCompleteness() {
        when(prds.findHeaders(List.of(1L, 2L))).thenReturn(List.of(new PrdHeader(1, 10, "STANDARD", 1, PrdStatus.IN_REVIEW, 0.6,
                new RevisionInfo(3, "u", NOW), "u", NOW)));
        List<PortfolioSummary> rows = builder.build(List.of(initiative(1, null), initiative(2, null)), PortfolioSettings.defaults());

        assertEquals(new PortfolioSummary.Prd(PrdStatus.IN_REVIEW, 0.6), rows.get(0).prd());
        assertNull(rows.get(1).prd());
    }

    @Test
    public void readinessComesFromTheLatestEvaluationOfTheBoundGateSet() {
        IssueFacts typed = initiative(1, null);
        IssueFacts epic = issue(2, GROW, "Epic", null, StatusCategory.TO_DO);
        IssueFacts unbound = issue(3, OPS, "Initiative", null, StatusCategory.TO_DO);
        Instant at = Instant.parse("2026-11-22T09:00:00Z");
        when(evaluations.latest(Map.of(1L, "LAUNCH", 2L, "LIGHT"))).thenReturn(Map.of(1L, new Evaluation("LAUNCH", 4, 1, at, false, List.of(
                gate("prd", "PRD approved", true, GateStatus.PASS), gate("legal", "Legal sign-off", true, GateStatus.PENDING),
                gate("waived", "Security review", true, GateStatus.WAIVED), gate("docs", "Docs \uD83D\uDE80 ready", true, GateStatus.FAIL),
                gate("nice", "Optional demo", false, GateStatus.FAIL), gate("err", "Children done", true, GateStatus.ERROR)))));
        List<PortfolioSummary> rows = builder.build(List.of(typed, epic, unbound), PortfolioSettings.defaults());

        assertEquals(new PortfolioSummary.Readiness("LAUNCH", false, 2, 6, List.of("Legal sign-off", "Docs \uD83D\uDE80 ready", "Children done"), at),
                rows.get(0).readiness());
        assertNull("bound but never evaluated", rows.get(1).readiness());
        assertNull("no gate set bound", rows.get(2).readiness());
        verify(bindings, times(1)).load();
        verify(evaluations, times(1)).latest(anyMap());
    }

    @Test
    public void noEvaluationIsReadWhenNoIssueOfTheBatchIsBound() {
        only(issue(3, OPS, "Initiative", null, StatusCategory.TO_DO));

        verify(evaluations, never()).latest(anyMap());
        verify(evaluations, never()).latest(any(Long.class), anyString());
    }

    private void linked(long initiative, IssueLinkFacts... links) {
        when(issues.linksOf(anyCollection())).thenReturn(Map.of(initiative, List.of(links)));
    }

    private static IssueLinkFacts informedBy(long experiment) {
        return new IssueLinkFacts(ExperimentLinks.LINK_TYPE, IssueLinkFacts.Direction.INWARD, experiment);
    }

    @Test
    public void experimentsInformingTheInitiativeAreCountedByStatusAndDecision() {
        linked(1, informedBy(101), informedBy(102), informedBy(103), informedBy(104), informedBy(105),
                new IssueLinkFacts("informs", IssueLinkFacts.Direction.INWARD, 106), // lower-case type name: still the link type
                new IssueLinkFacts(ExperimentLinks.LINK_TYPE, IssueLinkFacts.Direction.OUTWARD, 107), // the initiative informs it: not counted
                new IssueLinkFacts("Blocks", IssueLinkFacts.Direction.INWARD, 108));
        when(experiments.findStates(anyCollection())).thenAnswer(inv -> {
            Collection<Long> asked = inv.getArgument(0);
            assertEquals(List.of(101L, 102L, 103L, 104L, 105L, 106L), List.copyOf(asked));
            return List.of(new ExperimentState(101, ExperimentStatus.RUNNING, null, null), new ExperimentState(102, ExperimentStatus.DECIDED, Decision.SHIP, NOW),
                    new ExperimentState(103, ExperimentStatus.DECIDED, Decision.KILL, NOW), new ExperimentState(104, ExperimentStatus.DECIDED, Decision.SHIP, NOW),
                    new ExperimentState(106, ExperimentStatus.DESIGN, null, null)); // 105: linked issue without an experiment
        });
        PortfolioSummary row = only(initiative(1, null));

        assertEquals(Map.of(ExperimentStatus.RUNNING, 1, ExperimentStatus.DECIDED, 3, ExperimentStatus.DESIGN, 1), row.experiments().byStatus());
        assertEquals(Map.of(Decision.SHIP, 2, Decision.KILL, 1), row.experiments().decisions());
        assertEquals(5, row.experiments().count());
        assertEquals(0, row.experiments().srm());
    }

    @Test
    public void noExperimentLinksMeanNoExperimentQueries() {
        PortfolioSummary row = only(initiative(1, null));

        assertEquals(PortfolioSummary.Experiments.NONE, row.experiments());
        verify(experiments, never()).findStates(anyCollection());
        verify(experiments, never()).latestResults(anyCollection());
    }

    private static ExperimentRepository.LatestResults results(long experiment, long control, long treatment) {
        return new ExperimentRepository.LatestResults(experiment, List.of(new Variant("control", 50, true), new Variant("b", 50, false)),
                new ResultSnapshot(1, ResultSource.API, "u", NOW, List.of(VariantResult.conversion("control", control, control / 10),
                        VariantResult.conversion("b", treatment, treatment / 10)), List.of()));
    }

    @Test
    public void aSampleRatioMismatchInTheLatestResultsOfALiveExperimentIsCountedAndTurnsTheRowAmber() {
        linked(1, informedBy(101), informedBy(102), informedBy(103));
        when(experiments.findStates(anyCollection())).thenReturn(List.of(new ExperimentState(101, ExperimentStatus.RUNNING, null, null),
                new ExperimentState(102, ExperimentStatus.ANALYSIS, null, null), new ExperimentState(103, ExperimentStatus.DECIDED, Decision.SHIP, NOW)));
        when(experiments.latestResults(List.of(101L, 102L))).thenReturn(List.of(results(101, 10_000, 11_000), results(102, 10_000, 10_050)));
        PortfolioSummary row = only(initiative(1, LocalDate.parse("2027-12-31")));

        assertEquals("101 is off 50/50 (p far below 0.001); 102 is within chance", 1, row.experiments().srm());
        assertEquals(HealthColor.AMBER, row.health().color());
        assertEquals(List.of(Message.of("prodops.portfolio.health.experiment.srm", 1, 3)), row.health().reasons());
    }

    @Test
    public void decidedOrAbandonedExperimentsAreNotCheckedForSampleRatioMismatch() {
        linked(1, informedBy(103), informedBy(104));
        when(experiments.findStates(anyCollection())).thenReturn(List.of(new ExperimentState(103, ExperimentStatus.DECIDED, Decision.SHIP, NOW),
                new ExperimentState(104, ExperimentStatus.ABANDONED, null, null)));
        PortfolioSummary row = only(initiative(1, null));

        assertEquals(0, row.experiments().srm());
        verify(experiments, never()).latestResults(anyCollection());
    }

    @Test
    public void healthUsesThePublishedRulesAndRecordsTheirVersion() {
        HealthRuleSet strict = new HealthRuleSet(List.of(new HealthRule(HealthRuleType.NO_TARGET_DATE, HealthColor.RED, null)));
        when(rules.published(null)).thenReturn(Optional.of(new Version<>(strict, 3, "strict", "olga", NOW, ConfigStatus.PUBLISHED, 3)));
        PortfolioSummary row = only(initiative(1, null));

        assertEquals(new Health(HealthColor.RED, List.of(Message.of("prodops.portfolio.health.no.target.date"))), row.health());
        assertEquals(3, row.rulesVersion());
        verify(rules, never()).current(); // one read of the published version gives rules and number
    }

    @Test
    public void healthWithTheDefaultRulesGivesEveryReasonWorstFirst() {
        LocalDate passed = LocalDate.parse("2026-11-01");
        when(prds.findHeaders(anyCollection())).thenReturn(List.of(new PrdHeader(1, 10, "S", 1, PrdStatus.DRAFT, 0.2, new RevisionInfo(1, "u", NOW), "u", NOW)));
        PortfolioSummary late = only(initiative(1, passed));

        assertEquals(HealthColor.RED, late.health().color());
        assertEquals(List.of(Message.of("prodops.portfolio.health.target.passed.not.done", passed, 22),
                Message.of("prodops.portfolio.health.prd.not.approved.near.target", "DRAFT", passed, 30)), late.health().reasons());
    }

    @Test
    public void aDoneInitiativeWithAnApprovedPrdAndNoRiskIsGreenWithoutReasons() {
        when(prds.findHeaders(anyCollection())).thenReturn(List.of(new PrdHeader(1, 10, "S", 1, PrdStatus.APPROVED, 1.0, new RevisionInfo(1, "u", NOW), "u", NOW)));
        PortfolioSummary row = only(issue(1, GROW, "Initiative", LocalDate.parse("2026-11-01"), StatusCategory.DONE));

        assertEquals(new Health(HealthColor.GREEN, List.of()), row.health());
    }

    @Test
    public void eachSourceIsReadOnceForAWholeBatch() {
        List<IssueFacts> batch = LongStream.rangeClosed(1, 500).mapToObj(id -> initiative(id, null)).toList();
        when(issues.linksOf(anyCollection())).thenReturn(Map.of(1L, List.of(informedBy(9001)), 2L, List.of(informedBy(9002))));
        when(experiments.findStates(anyCollection())).thenReturn(List.of(new ExperimentState(9001, ExperimentStatus.RUNNING, null, null),
                new ExperimentState(9002, ExperimentStatus.RUNNING, null, null)));
        when(experiments.latestResults(anyCollection())).thenReturn(List.of());
        assertEquals(500, builder.build(batch, PortfolioSettings.defaults()).size());

        verify(prds, times(1)).findHeaders(anyCollection());
        verify(prds, never()).findByIssueId(any(Long.class));
        verify(bindings, times(1)).load();
        verify(evaluations, times(1)).latest(anyMap());
        verify(issues, times(1)).linksOf(anyCollection());
        verify(issues, never()).links(any(Long.class));
        verify(experiments, times(1)).findStates(anyCollection());
        verify(experiments, times(1)).latestResults(anyCollection());
        verify(experiments, never()).latestSnapshot(any(Long.class));
        verify(rules, times(1)).published(null);
        verify(fields, never()).dates(anyCollection(), eq("duedate"));
    }

    @Test
    public void moreThan500InitiativesAreRefused() {
        List<IssueFacts> batch = LongStream.rangeClosed(1, 501).mapToObj(id -> initiative(id, null)).toList();

        assertThrows(IllegalArgumentException.class, () -> builder.build(batch, PortfolioSettings.defaults()));
    }
}

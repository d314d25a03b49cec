package io.prodops.governance.portfolio.domain;

import io.prodops.governance.common.domain.FieldError;
import io.prodops.governance.common.domain.StatusCategory;
import io.prodops.governance.common.domain.ValidationException;
import io.prodops.governance.portfolio.domain.HealthInputs.PrdFacts;
import io.prodops.governance.prd.domain.PrdStatus;
import io.prodops.governance.readiness.domain.Message;
import org.junit.Test;

import java.io.InputStream;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class HealthEvaluatorTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final HealthRuleSet DEFAULTS = HealthRuleSet.defaults();
    private static final PrdFacts APPROVED = new PrdFacts(PrdStatus.APPROVED, 1.0);
    private static final Instant EVALUATED = Instant.parse("2026-11-30T10:00:00Z");

    private static HealthInputs in(LocalDate target, StatusCategory category, PrdFacts prd, Boolean ready, int experiments, int srm) {
        return new HealthInputs(target, category, prd, ready, ready == null ? null : EVALUATED, experiments, srm);
    }

    private static Health eval(HealthInputs in) {
        return HealthEvaluator.evaluate(DEFAULTS, in, TODAY);
    }

    private static List<String> keys(Health h) {
        return h.reasons().stream().map(Message::key).toList();
    }

    @Test
    public void healthyInitiativeIsGreenWithoutReasons() {
        Health h = eval(in(TODAY.plusDays(3), StatusCategory.IN_PROGRESS, APPROVED, true, 2, 0));
        assertEquals(HealthColor.GREEN, h.color());
        assertEquals(List.of(), h.reasons());
    }

    @Test
    public void targetPassedAndNotDoneIsRed() {
        Health h = eval(in(TODAY.minusDays(2), StatusCategory.IN_PROGRESS, APPROVED, true, 0, 0));
        assertEquals(HealthColor.RED, h.color());
        assertEquals(List.of(Message.of("prodops.portfolio.health.target.passed.not.done", TODAY.minusDays(2), 2L)), h.reasons());
    }

    @Test
    public void doneInitiativeIsNeverRedForAPassedDate() {
        Health h = eval(in(TODAY.minusDays(40), StatusCategory.DONE, null, false, 0, 0));
        assertEquals(HealthColor.GREEN, h.color());
    }

    @Test
    public void targetTodayIsNotPassed() {
        Health h = eval(in(TODAY, StatusCategory.IN_PROGRESS, APPROVED, true, 0, 0));
        assertEquals(HealthColor.GREEN, h.color());
    }

    @Test
    public void notReadyWithinSevenDaysIsRedAtTheBoundary() {
        assertEquals(HealthColor.RED, eval(in(TODAY.plusDays(7), StatusCategory.IN_PROGRESS, APPROVED, false, 0, 0)).color());
        assertEquals(HealthColor.GREEN, eval(in(TODAY.plusDays(8), StatusCategory.IN_PROGRESS, APPROVED, false, 0, 0)).color());
        Health today = eval(in(TODAY, StatusCategory.IN_PROGRESS, APPROVED, false, 0, 0));
        assertEquals(List.of(Message.of("prodops.portfolio.health.not.ready.near.target", TODAY, 0L, 7)), today.reasons());
    }

    @Test
    public void neverEvaluatedNearTargetIsRedWithItsOwnReason() {
        Health h = eval(in(TODAY.plusDays(1), StatusCategory.TO_DO, APPROVED, null, 0, 0));
        assertEquals(HealthColor.RED, h.color());
        assertEquals(List.of("prodops.portfolio.health.not.ready.near.target.never"), keys(h));
    }

    @Test
    public void prdNotApprovedWithinThirtyDaysIsAmberAtTheBoundary() {
        PrdFacts review = new PrdFacts(PrdStatus.IN_REVIEW, 0.5);
        Health at30 = eval(in(TODAY.plusDays(30), StatusCategory.IN_PROGRESS, review, true, 0, 0));
        assertEquals(HealthColor.AMBER, at30.color());
        assertEquals(List.of(Message.of("prodops.portfolio.health.prd.not.approved.near.target", "IN_REVIEW",
                TODAY.plusDays(30), 30)), at30.reasons());
        assertEquals(HealthColor.GREEN, eval(in(TODAY.plusDays(31), StatusCategory.IN_PROGRESS, review, true, 0, 0)).color());
    }

    @Test
    public void missingPrdNearTargetIsAmber() {
        Health h = eval(in(TODAY.plusDays(10), StatusCategory.IN_PROGRESS, null, true, 0, 0));
        assertEquals(HealthColor.AMBER, h.color());
        assertEquals(List.of("prodops.portfolio.health.prd.not.approved.near.target.none"), keys(h));
    }

    @Test
    public void srmIsAmber() {
        Health h = eval(in(TODAY.plusDays(90), StatusCategory.IN_PROGRESS, APPROVED, true, 3, 1));
        assertEquals(HealthColor.AMBER, h.color());
        assertEquals(List.of(Message.of("prodops.portfolio.health.experiment.srm", 1, 3)), h.reasons());
    }

    @Test
    public void noTargetDateIsAmberUnlessDone() {
        assertEquals(List.of("prodops.portfolio.health.no.target.date"), keys(eval(in(null, StatusCategory.TO_DO, null, null, 0, 0))));
        assertEquals(HealthColor.GREEN, eval(in(null, StatusCategory.DONE, null, null, 0, 0)).color());
    }

    @Test
    public void everyFiredRuleIsListedWorstFirst() {
        Health h = eval(in(TODAY.plusDays(5), StatusCategory.IN_PROGRESS, new PrdFacts(PrdStatus.DRAFT, 0.1), false, 2, 2));
        assertEquals(HealthColor.RED, h.color());
        assertEquals(List.of("prodops.portfolio.health.not.ready.near.target",
                "prodops.portfolio.health.prd.not.approved.near.target", "prodops.portfolio.health.experiment.srm"), keys(h));
    }

    @Test
    public void redReasonsComeBeforeAmberEvenWhenTheRuleOrderSaysOtherwise() {
        HealthRuleSet reordered = new HealthRuleSet(List.of(HealthRule.standard(HealthRuleType.EXPERIMENT_SRM),
                HealthRule.standard(HealthRuleType.TARGET_PASSED_NOT_DONE)));
        Health h = HealthEvaluator.evaluate(reordered, in(TODAY.minusDays(1), StatusCategory.IN_PROGRESS, APPROVED, true, 1, 1), TODAY);
        assertEquals(List.of("prodops.portfolio.health.target.passed.not.done", "prodops.portfolio.health.experiment.srm"), keys(h));
    }

    @Test
    public void editedParametersAndColoursApply() {
        HealthRuleSet strict = new HealthRuleSet(List.of(new HealthRule(HealthRuleType.NOT_READY_NEAR_TARGET, HealthColor.AMBER, 14),
                new HealthRule(HealthRuleType.NO_TARGET_DATE, HealthColor.RED, null)));
        assertEquals(HealthColor.AMBER, HealthEvaluator.evaluate(strict, in(TODAY.plusDays(14), StatusCategory.IN_PROGRESS, APPROVED, false, 0, 0), TODAY).color());
        assertEquals(HealthColor.RED, HealthEvaluator.evaluate(strict, in(null, StatusCategory.IN_PROGRESS, APPROVED, false, 0, 0), TODAY).color());
        assertEquals(new Health(HealthColor.GREEN, List.of()), HealthEvaluator.evaluate(new HealthRuleSet(List.of()), in(TODAY.minusDays(3), StatusCategory.TO_DO, null, false, 1, 1), TODAY));
    }

    @Test
    public void defaultsAreValid() {
        assertEquals(List.of(), DEFAULTS.problems());
        assertEquals(List.of(HealthRuleType.values()), DEFAULTS.rules().stream().map(HealthRule::type).toList());
    }

    @Test
    public void validationNamesTheField() {
        List<HealthRule> rules = new ArrayList<>();
        rules.add(HealthRule.standard(HealthRuleType.NO_TARGET_DATE));
        rules.add(new HealthRule(HealthRuleType.NOT_READY_NEAR_TARGET, HealthColor.RED, -1));
        rules.add(new HealthRule(HealthRuleType.NO_TARGET_DATE, HealthColor.GREEN, 3));
        rules.add(new HealthRule(null, HealthColor.RED, null));
        rules.add(new HealthRule(HealthRuleType.PRD_NOT_APPROVED_NEAR_TARGET, null, null));
        assertEquals(List.of("rules[1].days", "rules[2].type",
                "rules[2].color", "rules[2].days", "rules[3].type", "rules[4].color", "rules[4].days"),
                new HealthRuleSet(rules).problems().stream().map(FieldError::field).toList());
        ValidationException e = assertThrows(ValidationException.class, () -> new HealthRuleSet(null).validated());
        assertEquals("rules", e.errors().get(0).field());
    }

    @Test
    public void everyReasonRendersFromTheBundle() throws Exception {
        Properties bundle = new Properties();
        try (InputStream stream = getClass().getClassLoader().getResourceAsStream("i18n/prodops.properties")) {
            bundle.load(stream);
        }
        List<Health> all = List.of(eval(in(TODAY.minusDays(1), StatusCategory.IN_PROGRESS, null, null, 1, 1)),
                eval(in(TODAY.plusDays(1), StatusCategory.IN_PROGRESS, new PrdFacts(PrdStatus.DRAFT, 0), false, 2, 2)),
                eval(in(TODAY, StatusCategory.IN_PROGRESS, null, null, 0, 0)),
                eval(in(null, StatusCategory.IN_PROGRESS, null, null, 0, 0)));
        List<String> seen = new ArrayList<>();
        for (Health h : all) {
            for (Message m : h.reasons()) {
                String pattern = bundle.getProperty(m.key());
                assertNotNull(m.key(), pattern);
                String text = new MessageFormat(pattern, Locale.ENGLISH).format(m.args().toArray());
                assertFalse(text, text.contains("{"));
                seen.add(m.key());
            }
        }
        assertTrue(seen.toString(), seen.containsAll(List.of("prodops.portfolio.health.target.passed.not.done", "prodops.portfolio.health.not.ready.near.target",
                "prodops.portfolio.health.not.ready.near.target.never", "prodops.portfolio.health.prd.not.approved.near.target",
                "prodops.portfolio.health.prd.not.approved.near.target.none", "prodops.portfolio.health.experiment.srm",
                "prodops.portfolio.health.no.target.date")));
    }
}

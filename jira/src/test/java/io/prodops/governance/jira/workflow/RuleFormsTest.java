package io.prodops.governance.jira.workflow;

import io.prodops.governance.common.web.Texts;
import io.prodops.governance.readiness.domain.Gate;
import io.prodops.governance.readiness.domain.GateKind;
import io.prodops.governance.readiness.domain.GateSetVersion;
import org.junit.Test;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class RuleFormsTest {
    static final GateSetVersion LAUNCH = set("STANDARD_LAUNCH", "Standard launch", "prd", "PRD approved", "marketing", "Marketing ready");
    static final GateSetVersion BETA = set("BETA", "Beta <b>launch</b>", "docs", "Docs ready");
    private static final Texts TEXTS = new Texts(Locale.ENGLISH);
    private final Function<String, Optional<GateSetVersion>> published =
            key -> List.of(LAUNCH, BETA).stream().filter(s -> s.key().equals(key)).findFirst();

    static GateSetVersion set(String key, String name, String... gates) {
        List<Gate> list = new java.util.ArrayList<>();
        for (int i = 0; i < gates.length; i += 2) {
            list.add(new Gate(gates[i], gates[i + 1], GateKind.SIGN_OFF, true, null));
        }
        return new GateSetVersion(key, name, "", 1, list, Instant.EPOCH, "olga", "v1");
    }

    @Test
    public void theAddFormOffersEveryPublishedGateSetWithItsGates() {
        ReadinessRuleForm form = RuleForms.form(TEXTS, List.of(LAUNCH, BETA), null, true);
        assertFalse(form.isNonePublished());
        assertFalse(form.isConfiguredGateSetMissing());
        assertEquals(List.of("STANDARD_LAUNCH", "BETA"), form.getGateSets().stream().map(GateSetChoice::getKey).toList());
        assertEquals("Beta <b>launch</b>", form.getGateSets().get(1).getName()); // raw: the template escapes it
        assertEquals(List.of("STANDARD_LAUNCH:prd", "STANDARD_LAUNCH:marketing"),
                form.getGateSets().get(0).getGates().stream().map(GateChoice::getValue).toList());
        assertTrue(form.getGateSets().stream().noneMatch(GateSetChoice::isSelected));
    }

    @Test
    public void theEditFormMarksTheConfiguredGateSetAndGates() {
        ReadinessRuleForm form = RuleForms.form(TEXTS, List.of(LAUNCH, BETA), new ReadinessRule("STANDARD_LAUNCH", List.of("marketing")), true);
        GateSetChoice launch = form.getGateSets().get(0);
        assertTrue(launch.isSelected());
        assertFalse(launch.getGates().get(0).isSelected());
        assertTrue(launch.getGates().get(1).isSelected());
        assertFalse(form.getGateSets().get(1).isSelected());
        assertTrue("a retired gate set is flagged", RuleForms.form(TEXTS, List.of(BETA), new ReadinessRule("STANDARD_LAUNCH", List.of()), true)
                .isConfiguredGateSetMissing());
        assertTrue(RuleForms.form(TEXTS, List.of(), null, true).isNonePublished());
        assertFalse("the post-function takes no subset", RuleForms.form(TEXTS, List.of(LAUNCH), null, false).isGateSubset());
    }

    @Test
    public void theSummaryNamesTheGateSetAndTheChosenGates() {
        ReadinessRuleView all = RuleForms.view(TEXTS, "prodops.workflow.validator.view", Optional.of(LAUNCH), new ReadinessRule("STANDARD_LAUNCH", List.of()));
        assertTrue(all.getSummary(), all.getSummary().contains("Standard launch"));
        assertTrue(all.isAllGates());
        ReadinessRuleView some = RuleForms.view(TEXTS, "prodops.workflow.validator.view", Optional.of(LAUNCH),
                new ReadinessRule("STANDARD_LAUNCH", List.of("marketing", "gone")));
        assertFalse(some.isAllGates());
        assertTrue(some.getGates(), some.getGates().contains("Marketing ready, gone"));
        ReadinessRuleView missing = RuleForms.view(TEXTS, "prodops.workflow.validator.view", Optional.empty(), new ReadinessRule("OLD_SET", List.of()));
        assertTrue(missing.getSummary(), missing.getSummary().contains("OLD_SET"));
        assertFalse(missing.getSummary().equals(all.getSummary()));
    }

    @Test
    public void aSubmittedFormBecomesARule() {
        ReadinessRule rule = RuleForms.rule(Map.of("gateset", new String[]{"STANDARD_LAUNCH"},
                "gates", new String[]{"STANDARD_LAUNCH:marketing", "STANDARD_LAUNCH:prd"}), published, true);
        assertEquals(new ReadinessRule("STANDARD_LAUNCH", List.of("marketing", "prd")), rule);
        assertTrue(RuleForms.rule(Map.of("gateset", new String[]{"BETA"}), published, true).allGates());
    }

    @Test
    public void aFormThatDoesNotDescribeAPublishedRuleIsRefused() {
        assertThrows(ReadinessRule.InvalidRuleException.class, () -> RuleForms.rule(Map.of(), published, true));
        assertThrows(ReadinessRule.InvalidRuleException.class, () -> RuleForms.rule(Map.of("gateset", new String[]{"a", "b"}), published, true));
        assertThrows("not published", ReadinessRule.InvalidRuleException.class,
                () -> RuleForms.rule(Map.of("gateset", new String[]{"DRAFT_ONLY"}), published, true));
        assertThrows("a gate of another set", ReadinessRule.InvalidRuleException.class,
                () -> RuleForms.rule(Map.of("gateset", new String[]{"BETA"}, "gates", new String[]{"STANDARD_LAUNCH:prd"}), published, true));
        assertThrows("no such gate", ReadinessRule.InvalidRuleException.class,
                () -> RuleForms.rule(Map.of("gateset", new String[]{"BETA"}, "gates", new String[]{"BETA:nope"}), published, true));
    }
}

package io.prodops.governance.jira.workflow;

import io.prodops.governance.common.web.Texts;
import io.prodops.governance.readiness.domain.Gate;
import io.prodops.governance.readiness.domain.GateSetVersion;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns published gate sets and a stored {@link ReadinessRule} into the workflow designer's form and summary, and a
 * submitted form back into a rule. Only keys travel through the form; what ops managers wrote (names, titles) is
 * shown, never parsed.
 */
final class RuleForms {
    static final String FORM = "prodopsForm";
    static final String VIEW = "prodopsRule";

    private RuleForms() {
    }

    /**
     * @param current    the rule being edited, or null when adding one
     * @param gateSubset whether the module takes a gate subset
     */
    static ReadinessRuleForm form(Texts texts, List<GateSetVersion> published, ReadinessRule current, boolean gateSubset) {
        List<GateSetChoice> choices = new ArrayList<>();
        boolean anySelected = false;
        for (GateSetVersion set : published) {
            boolean selected = current != null && current.gatesetKey().equals(set.key());
            anySelected |= selected;
            List<GateChoice> gates = new ArrayList<>();
            for (Gate gate : set.gates()) {
                gates.add(new GateChoice(set.key(), gate.key(), gate.title(), selected && current.gateKeys().contains(gate.key())));
            }
            choices.add(new GateSetChoice(set.key(), set.name(), selected, gates));
        }
        return new ReadinessRuleForm(texts, choices, current != null && !anySelected, gateSubset);
    }

    /** The summary on the transition page; {@code summaryKey} has the gate-set name as {0}. */
    static ReadinessRuleView view(Texts texts, String summaryKey, Optional<GateSetVersion> published, ReadinessRule rule) {
        String name = published.map(GateSetVersion::name).orElse(rule.gatesetKey());
        String summary = published.isPresent() ? texts.get(summaryKey, name) : texts.get("prodops.workflow.view.missing", name);
        if (rule.allGates()) {
            return new ReadinessRuleView(summary, null);
        }
        List<String> titles = new ArrayList<>();
        for (String key : rule.gateKeys()) {
            titles.add(published.flatMap(set -> set.gate(key)).map(Gate::title).orElse(key));
        }
        return new ReadinessRuleView(summary, texts.get("prodops.workflow.view.gates", String.join(", ", titles)));
    }

    /**
     * The rule a submitted form describes. The gate set must be published now and every chosen gate must belong to it
     * (a gate picked under another gate set is refused, not silently dropped).
     *
     * @param formParams Jira's form parameters: name to {@code String[]}
     * @param gateSubset whether the module takes a gate subset (otherwise submitted gates are ignored)
     */
    static ReadinessRule rule(Map<String, Object> formParams, Function<String, Optional<GateSetVersion>> published, boolean gateSubset) {
        List<String> gatesets = values(formParams.get(ReadinessRule.GATESET));
        if (gatesets.size() != 1) {
            throw new ReadinessRule.InvalidRuleException("choose one gate set");
        }
        String gatesetKey = gatesets.get(0).strip();
        GateSetVersion set = published.apply(gatesetKey)
                .orElseThrow(() -> new ReadinessRule.InvalidRuleException("gate set " + gatesetKey + " is not published"));
        Set<String> gates = new LinkedHashSet<>();
        String prefix = ReadinessRuleForm.gateValue(gatesetKey, "");
        for (String value : gateSubset ? values(formParams.get(ReadinessRule.GATES)) : List.<String>of()) {
            String gateKey = value.startsWith(prefix) ? value.substring(prefix.length()) : null;
            if (gateKey == null || set.gate(gateKey).isEmpty()) {
                throw new ReadinessRule.InvalidRuleException("the chosen gates must belong to gate set " + gatesetKey);
            }
            gates.add(gateKey);
        }
        return new ReadinessRule(gatesetKey, List.copyOf(gates));
    }

    private static List<String> values(Object param) {
        if (param instanceof String[] array) {
            return List.of(array);
        }
        if (param instanceof String single) {
            return List.of(single);
        }
        return List.of();
    }
}

package io.prodops.governance.jira.workflow;

import io.prodops.governance.common.web.Texts;

import java.util.List;

/**
 * View model of the input/edit form of the readiness workflow modules: the published gate sets to choose from, each
 * with its gates for the optional subset. Velocity may only call the getters in the velocity allowlist.
 */
public final class ReadinessRuleForm {
    public static final String INPUT_TEMPLATE = "templates/readiness/workflow/rule-input.vm";
    public static final String EDIT_TEMPLATE = INPUT_TEMPLATE;

    private final Texts texts;
    private final List<GateSetChoice> gateSets;
    private final boolean configuredGateSetMissing;
    private final boolean gateSubset;

    /** @param gateSubset whether the module takes a gate subset (the post-function records every gate) */
    public ReadinessRuleForm(Texts texts, List<GateSetChoice> gateSets, boolean configuredGateSetMissing, boolean gateSubset) {
        this.texts = texts;
        this.gateSets = List.copyOf(gateSets);
        this.configuredGateSetMissing = configuredGateSetMissing;
        this.gateSubset = gateSubset;
    }

    static String gateValue(String gatesetKey, String gateKey) {
        return gatesetKey + ":" + gateKey;
    }

    public String text(String key) {
        return texts.get(key);
    }

    public List<GateSetChoice> getGateSets() {
        return gateSets;
    }

    /** No gate set is published (not named isEmpty: Velocity 2 treats an object with isEmpty() == true as false in #if). */
    public boolean isNonePublished() {
        return gateSets.isEmpty();
    }

    public boolean isGateSubset() {
        return gateSubset;
    }

    /** Editing a rule whose gate set is no longer published: the designer must pick another one. */
    public boolean isConfiguredGateSetMissing() {
        return configuredGateSetMissing;
    }
}

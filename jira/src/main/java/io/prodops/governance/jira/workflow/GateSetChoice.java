package io.prodops.governance.jira.workflow;

import java.util.List;

/**
 * One published gate set offered in the workflow designer's form (immutable view model; Velocity may only call the
 * getters in the velocity allowlist). Names and titles are ops managers' text: the template prints them escaped.
 */
public final class GateSetChoice {
    private final String key;
    private final String name;
    private final boolean selected;
    private final List<GateChoice> gates;

    public GateSetChoice(String key, String name, boolean selected, List<GateChoice> gates) {
        this.key = key;
        this.name = name;
        this.selected = selected;
        this.gates = List.copyOf(gates);
    }

    public String getKey() {
        return key;
    }

    public String getName() {
        return name;
    }

    public boolean isSelected() {
        return selected;
    }

    public List<GateChoice> getGates() {
        return gates;
    }
}

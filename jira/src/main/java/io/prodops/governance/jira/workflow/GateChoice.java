package io.prodops.governance.jira.workflow;

/** One gate of a gate set; its form value names the gate set too, so a gate picked under another set is refused. */
public final class GateChoice {
    private final String value;
    private final String title;
    private final boolean selected;

    public GateChoice(String gatesetKey, String gateKey, String title, boolean selected) {
        this.value = ReadinessRuleForm.gateValue(gatesetKey, gateKey);
        this.title = title;
        this.selected = selected;
    }

    public String getValue() {
        return value;
    }

    public String getTitle() {
        return title;
    }

    public boolean isSelected() {
        return selected;
    }
}

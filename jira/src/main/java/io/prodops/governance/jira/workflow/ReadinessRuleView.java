package io.prodops.governance.jira.workflow;

/**
 * View model of the summary Jira shows for a configured readiness condition, validator or post-function on the
 * transition's page: texts already put together in the reader's language (the gate-set name and gate titles are ops
 * managers' text, printed escaped by the template). Velocity may only call the getters in the velocity allowlist.
 */
public final class ReadinessRuleView {
    public static final String TEMPLATE = "templates/readiness/workflow/rule-view.vm";

    private final String summary;
    private final String gates;

    /** @param gates the chosen gates ("Gates: A, B"), or null when every gate of the set counts */
    public ReadinessRuleView(String summary, String gates) {
        this.summary = summary;
        this.gates = gates;
    }

    public String getSummary() {
        return summary;
    }

    public boolean isAllGates() {
        return gates == null;
    }

    public String getGates() {
        return gates == null ? "" : gates;
    }
}

package io.prodops.governance.experiment.web;

/** The message prefixes the experiment page and panel hand to their scripts, for tests in other packages. */
public final class ExperimentPages {
    private ExperimentPages() {
    }

    public static String[] pageMessagePrefixes() {
        return ExperimentPageServlet.MESSAGE_PREFIXES.clone();
    }

    public static String[] panelMessagePrefixes() {
        return ExperimentPanelView.MESSAGE_PREFIXES.clone();
    }
}

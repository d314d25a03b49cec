package io.prodops.governance.experiment.domain;

import io.prodops.governance.common.port.IssueTypeProvisioning.IssueTypeInfo;

/**
 * The "Experiment" issue type the app creates once. Its id is recorded in the app's settings and the type is found
 * by that id only (admins may rename it). The description carries {@link #MARKER}, the only way a type we created is
 * recognised when its id was not recorded (a failure between creating it and storing the id).
 */
public final class ExperimentIssueType {
    public static final String NAME = "Experiment";
    /** Used when a type named "Experiment" exists that the app did not create: we never take over someone else's type. */
    public static final String FALLBACK_NAME = "Experiment (ProdOps)";
    public static final String MARKER = "[ProdOps Governance]";
    public static final String DESCRIPTION = "A product experiment: hypothesis, design, results and decision. " + MARKER;
    /** Setting holding the id of the issue type the app created. */
    public static final String TYPE_ID_SETTING = "experiment.issuetype.id";

    private ExperimentIssueType() {
    }

    /** Whether the type carries our marker, i.e. was created by this app. */
    static boolean createdByUs(IssueTypeInfo type) {
        return type.description() != null && type.description().contains(MARKER);
    }
}

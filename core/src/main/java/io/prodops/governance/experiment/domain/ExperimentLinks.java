package io.prodops.governance.experiment.domain;

/**
 * The issue link type experiments use to point at the initiative or epic they inform ("EXP-7 informs PHX-1"). The app
 * ensures it exists on first enable; the readiness gate and the experiment panel find linked issues by its name.
 */
public final class ExperimentLinks {
    public static final String LINK_TYPE = "Informs";
    public static final String OUTWARD = "informs";
    public static final String INWARD = "is informed by";

    private ExperimentLinks() {
    }
}

package io.prodops.governance.experiment.domain;

/**
 * The issue link type that ties an Experiment issue to the initiative or epic it informs. The Jira side ensures the
 * type exists under exactly these names; the experiment is the link's source (outward), the initiative its target.
 */
public final class ExperimentLinks {
    public static final String LINK_TYPE = "Informs";
    public static final String OUTWARD = "informs";
    public static final String INWARD = "is informed by";

    private ExperimentLinks() {
    }
}

package io.prodops.governance.experiment.domain;

/** How the Experiment type is added to a project. */
public enum SchemeChangeMode {
    /** Add it to the project's scheme: every project using that scheme gets it (confirmation required). */
    ADD_TO_SCHEME,
    /** Copy the project's scheme, with the type added, for that project only. */
    COPY_SCHEME
}

package io.prodops.governance.experiment.domain;

/** What the team decided to do with the tested change. */
public enum Decision {
    SHIP, ITERATE, KILL
}

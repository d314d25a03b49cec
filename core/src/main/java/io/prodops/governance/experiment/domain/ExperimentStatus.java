package io.prodops.governance.experiment.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an experiment is in its life: designed, collecting data, being analysed, decided, or abandoned. DECIDED is
 * reached only through a decision (which needs a rationale), never by a bare status change.
 */
public enum ExperimentStatus {
    DESIGN, RUNNING, ANALYSIS, DECIDED, ABANDONED;

    /** The moves {@code POST .../status} may make from this status (ANALYSIS may go back to RUNNING to collect more). */
    public Set<ExperimentStatus> statusMoves() {
        return switch (this) {
            case DESIGN -> EnumSet.of(RUNNING, ABANDONED);
            case RUNNING -> EnumSet.of(ANALYSIS, ABANDONED);
            case ANALYSIS -> EnumSet.of(RUNNING, ABANDONED);
            case DECIDED, ABANDONED -> EnumSet.noneOf(ExperimentStatus.class);
        };
    }

    public boolean isFinal() {
        return this == DECIDED || this == ABANDONED;
    }

    /** Results are entered while data is being collected or analysed. */
    public boolean acceptsResults() {
        return this == RUNNING || this == ANALYSIS;
    }

    /** A decision is recorded once the experiment has run (stopping early from RUNNING is a decision too). */
    public boolean acceptsDecision() {
        return this == RUNNING || this == ANALYSIS;
    }
}

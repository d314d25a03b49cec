package io.prodops.governance.experiment.domain.stats;

/** Which way a metric should move for the treatment to be better. */
public enum Direction {
    INCREASE,
    DECREASE;

    /** +1 when higher is better, -1 when lower is better: multiplies a difference so that positive means "better". */
    public int sign() {
        return this == INCREASE ? 1 : -1;
    }
}

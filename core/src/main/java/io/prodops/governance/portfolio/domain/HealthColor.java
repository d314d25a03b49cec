package io.prodops.governance.portfolio.domain;

/** RAG health, declared best first so that a higher ordinal is worse. */
public enum HealthColor {
    GREEN, AMBER, RED;

    public HealthColor worse(HealthColor other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}

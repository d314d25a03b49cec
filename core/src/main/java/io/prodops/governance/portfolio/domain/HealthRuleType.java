package io.prodops.governance.portfolio.domain;

/** The kinds of health rule; each knows the colour it gives and whether it takes a number of days. */
public enum HealthRuleType {
    TARGET_PASSED_NOT_DONE(HealthColor.RED, null),
    NOT_READY_NEAR_TARGET(HealthColor.RED, 7),
    PRD_NOT_APPROVED_NEAR_TARGET(HealthColor.AMBER, 30),
    EXPERIMENT_SRM(HealthColor.AMBER, null),
    NO_TARGET_DATE(HealthColor.AMBER, null);

    private final HealthColor defaultColor;
    private final Integer defaultDays;

    HealthRuleType(HealthColor defaultColor, Integer defaultDays) {
        this.defaultColor = defaultColor;
        this.defaultDays = defaultDays;
    }

    public HealthColor defaultColor() {
        return defaultColor;
    }

    /** null when the rule takes no days */
    public Integer defaultDays() {
        return defaultDays;
    }

    public boolean takesDays() {
        return defaultDays != null;
    }

    /** The i18n key of this rule's reason. */
    public String reasonKey() {
        return "prodops.portfolio.health." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '.');
    }
}

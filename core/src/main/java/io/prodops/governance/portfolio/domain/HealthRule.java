package io.prodops.governance.portfolio.domain;

/**
 * One rule: when it fires, the initiative is at least {@code color}.
 *
 * @param days only for rules that take days (how close to the target date counts as near), else null
 */
public record HealthRule(HealthRuleType type, HealthColor color, Integer days) {
    public static HealthRule standard(HealthRuleType type) {
        return new HealthRule(type, type.defaultColor(), type.defaultDays());
    }
}

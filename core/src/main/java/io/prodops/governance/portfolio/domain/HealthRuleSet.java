package io.prodops.governance.portfolio.domain;

import io.prodops.governance.common.domain.FieldError;
import io.prodops.governance.common.domain.ValidationException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The ordered health rules; an initiative no rule fires for is GREEN. */
public record HealthRuleSet(List<HealthRule> rules) {
    public static final int MAX_DAYS = 3650;
    public static final String KEY = "default";

    public HealthRuleSet {
        rules = rules == null ? null : List.copyOf(rules);
    }

    /** The rules of the issue: RED past target / not ready within 7 days; AMBER PRD within 30 days, SRM, no date. */
    public static HealthRuleSet defaults() {
        return new HealthRuleSet(Arrays.stream(HealthRuleType.values()).map(HealthRule::standard).toList());
    }

    /** Problems with field names like {@code rules[1].days}; empty when valid. */
    public List<FieldError> problems() {
        List<FieldError> errors = new ArrayList<>();
        if (rules == null) {
            errors.add(FieldError.of("rules", "is required"));
            return errors;
        }
        if (rules.size() > HealthRuleType.values().length) {
            errors.add(FieldError.of("rules", "must hold at most " + HealthRuleType.values().length + " rules (has " + rules.size() + ")"));
        }
        Map<HealthRuleType, Integer> seen = new EnumMap<>(HealthRuleType.class);
        for (int i = 0; i < rules.size(); i++) {
            String at = "rules[" + i + "]";
            HealthRule rule = rules.get(i);
            if (rule == null) {
                errors.add(FieldError.of(at, "is required"));
                continue;
            }
            if (rule.type() == null) {
                errors.add(FieldError.of(at + ".type", "is required: one of " + Arrays.toString(HealthRuleType.values())));
                continue;
            }
            Integer first = seen.putIfAbsent(rule.type(), i);
            if (first != null) {
                errors.add(FieldError.of(at + ".type", rule.type() + " is also rules[" + first + "]"));
            }
            if (rule.color() == null) {
                errors.add(FieldError.of(at + ".color", "is required: RED or AMBER"));
            } else if (rule.color() == HealthColor.GREEN) {
                errors.add(FieldError.of(at + ".color", "must be RED or AMBER: GREEN is what no rule firing means"));
            }
            if (rule.type().takesDays()) {
                if (rule.days() == null) {
                    errors.add(FieldError.of(at + ".days", "is required for " + rule.type()));
                } else if (rule.days() < 0 || rule.days() > MAX_DAYS) {
                    errors.add(FieldError.of(at + ".days", "must be between 0 and " + MAX_DAYS + " (is " + rule.days() + ")"));
                }
            } else if (rule.days() != null) {
                errors.add(FieldError.of(at + ".days", "must be empty: " + rule.type() + " takes no days"));
            }
        }
        return errors;
    }

    public HealthRuleSet validated() {
        List<FieldError> errors = problems();
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return this;
    }
}

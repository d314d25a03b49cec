package io.prodops.governance.portfolio.domain;

import io.prodops.governance.prd.domain.PrdStatus;
import io.prodops.governance.readiness.domain.Message;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Applies a rule set: the worst colour of the rules that fire, with every fired rule's reason, worst first. */
public final class HealthEvaluator {
    private HealthEvaluator() {
    }

    public static Health evaluate(HealthRuleSet rules, HealthInputs in, LocalDate today) {
        record Fired(HealthColor color, int order, Message reason) {
        }
        List<Fired> fired = new ArrayList<>();
        for (int i = 0; i < rules.rules().size(); i++) {
            HealthRule rule = rules.rules().get(i);
            Message reason = reason(rule, in, today);
            if (reason != null) {
                fired.add(new Fired(rule.color(), i, reason));
            }
        }
        fired.sort(Comparator.comparing((Fired f) -> f.color().ordinal()).reversed().thenComparingInt(Fired::order));
        HealthColor color = fired.stream().map(Fired::color).reduce(HealthColor.GREEN, HealthColor::worse);
        return new Health(color, fired.stream().map(Fired::reason).toList());
    }

    /** The reason when the rule fires, else null. Done initiatives are never at risk of a date or readiness. */
    private static Message reason(HealthRule rule, HealthInputs in, LocalDate today) {
        LocalDate target = in.targetDate();
        Long daysLeft = target == null ? null : ChronoUnit.DAYS.between(today, target);
        String key = rule.type().reasonKey();
        return switch (rule.type()) {
            case TARGET_PASSED_NOT_DONE -> daysLeft != null && daysLeft < 0 && !in.done() ? Message.of(key, target, -daysLeft) : null;
            case NOT_READY_NEAR_TARGET -> daysLeft != null && daysLeft >= 0 && daysLeft <= rule.days() && !in.done()
                    && !Boolean.TRUE.equals(in.ready())
                    ? Message.of(in.ready() == null ? key + ".never" : key, target, daysLeft, rule.days()) : null;
            case PRD_NOT_APPROVED_NEAR_TARGET -> daysLeft != null && daysLeft <= rule.days() && !in.done()
                    && (in.prd() == null || in.prd().status() != PrdStatus.APPROVED)
                    ? (in.prd() == null ? Message.of(key + ".none", target, rule.days())
                    : Message.of(key, in.prd().status().name(), target, rule.days())) : null;
            case EXPERIMENT_SRM -> in.anySrm() ? Message.of(key, in.srmExperiments(), in.experiments()) : null;
            case NO_TARGET_DATE -> target == null && !in.done() ? Message.of(key) : null;
        };
    }
}

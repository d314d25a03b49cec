package io.prodops.governance.portfolio.web;

import io.prodops.governance.common.domain.FieldError;
import io.prodops.governance.common.domain.Page;
import io.prodops.governance.common.domain.ValidationException;
import io.prodops.governance.common.domain.VersionedConfig;
import io.prodops.governance.common.port.UserDirectory;
import io.prodops.governance.common.web.UserJson;
import io.prodops.governance.portfolio.domain.HealthColor;
import io.prodops.governance.portfolio.domain.HealthRule;
import io.prodops.governance.portfolio.domain.HealthRuleSet;
import io.prodops.governance.portfolio.domain.HealthRuleType;
import io.prodops.governance.portfolio.domain.HealthRulesService;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The JSON of {@code /portfolio/health-rules}, in the style of {@code /gatesets/{key}}: the managers' draft carries
 * {@code revision}, {@code unpublishedChanges} and created/updated; a published version carries {@code version},
 * {@code latestVersion}, {@code note} and published. A rule is {@code {"type","color","days"?}}. (This mirrors
 * GateSetJson's draft/version mapping; see the note in HealthRulesResource.)
 */
final class HealthRulesJson {
    private HealthRulesJson() {
    }

    record RulesBody(List<RuleBody> rules, Integer revision) {
    }

    record RuleBody(String type, String color, Integer days) {
    }

    record PublishBody(String note, Integer revision) {
    }

    record RulesOut(String key, String name, String status, Integer revision, int publishedVersion, Integer version, Integer latestVersion,
                    Boolean unpublishedChanges, String note, List<RuleOut> rules, UserJson createdBy, String createdAt, UserJson updatedBy,
                    String updatedAt, UserJson publishedBy, String publishedAt) {
    }

    record RuleOut(String type, String color, Integer days) {
    }

    record VersionSummary(int version, String note, UserJson publishedBy, String publishedAt, int ruleCount) {
    }

    /** The domain rules, or 400 naming every unknown type or colour ({@code rules[1].color}) at once. */
    static HealthRuleSet toDomain(RulesBody in) {
        if (in.rules() == null) {
            return new HealthRuleSet(null); // the rule set reports "rules is required"
        }
        List<FieldError> errors = new ArrayList<>();
        List<HealthRule> rules = new ArrayList<>();
        for (int i = 0; i < in.rules().size(); i++) {
            RuleBody r = in.rules().get(i);
            if (r == null) {
                rules.add(null);
                continue;
            }
            HealthRuleType type = parse(HealthRuleType.class, r.type(), "rules[" + i + "].type", errors);
            HealthColor color = parse(HealthColor.class, r.color(), "rules[" + i + "].color", errors);
            rules.add(new HealthRule(type, color, r.days()));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new HealthRuleSet(rules);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, List<FieldError> errors) {
        if (value == null) {
            return null; // HealthRuleSet.problems() names the missing value
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        errors.add(FieldError.of(field, "must be one of " + Arrays.toString(type.getEnumConstants())));
        return null;
    }

    static final class Writer {
        private final UserDirectory users;

        Writer(UserDirectory users) {
            this.users = users;
        }

        RulesOut draft(VersionedConfig.Draft<HealthRuleSet> d) {
            return new RulesOut(HealthRuleSet.KEY, HealthRulesService.NAME, d.status().name(), d.revision(), d.publishedVersion(), null, null,
                    d.unpublishedChanges(), null, rules(d.content()), user(d.createdBy()), time(d.createdAt()), user(d.updatedBy()),
                    time(d.updatedAt()), null, null);
        }

        RulesOut version(VersionedConfig.Version<HealthRuleSet> v) {
            return new RulesOut(HealthRuleSet.KEY, HealthRulesService.NAME, v.status().name(), null, v.latestVersion(), v.version(),
                    v.latestVersion(), null, v.note(), rules(v.content()), null, null, null, null, user(v.publishedBy()), time(v.publishedAt()));
        }

        Page<VersionSummary> versions(Page<VersionedConfig.Version<HealthRuleSet>> page) {
            return page.map(v -> new VersionSummary(v.version(), v.note(), user(v.publishedBy()), time(v.publishedAt()), v.content().rules().size()));
        }

        private UserJson user(String key) {
            return key == null ? null : UserJson.of(users.resolve(key));
        }
    }

    private static List<RuleOut> rules(HealthRuleSet set) {
        return set.rules().stream().map(r -> new RuleOut(r.type().name(), r.color().name(), r.days())).toList();
    }

    private static String time(Instant at) {
        return at == null ? null : at.toString();
    }
}

package io.prodops.governance.portfolio.domain;

import io.prodops.governance.common.domain.Access;
import io.prodops.governance.common.domain.AuditLog;
import io.prodops.governance.common.domain.ConfigDocRepository;
import io.prodops.governance.common.domain.FieldError;
import io.prodops.governance.common.domain.Page;
import io.prodops.governance.common.domain.PageRequest;
import io.prodops.governance.common.domain.VersionedConfig;
import io.prodops.governance.common.domain.VersionedConfig.Draft;
import io.prodops.governance.common.domain.VersionedConfig.Version;
import io.prodops.governance.common.port.Transactions;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Optional;

/**
 * The portfolio's health rules: one configuration document of kind {@value #KIND} (key {@value HealthRuleSet#KEY})
 * versioned through the shared {@link VersionedConfig} like gate sets: ops managers save drafts with a revision and
 * publish immutable versions with a note; everyone logged in reads the published rules; every change is audited.
 */
@Named
public class HealthRulesService {
    public static final String KIND = "HEALTH_RULES";
    public static final String AUDIT_SUBJECT = "HEALTH_RULES";
    public static final String NAME = "Health rules";
    public static final String BUILT_IN_NOTE = "Built-in default health rules.";

    private static final VersionedConfig.Names NAMES = new VersionedConfig.Names(KIND, "health rule set", "health rules", AUDIT_SUBJECT,
            "HEALTH_RULES_", "HEALTH_RULES_NOT_FOUND", "HEALTH_RULES_VERSION_NOT_FOUND", "healthRules", "health colours");

    private final VersionedConfig<HealthRuleSet> config;

    @Inject
    public HealthRulesService(ConfigDocRepository docs, HealthRulesCodec codec, Access access, AuditLog audit, Transactions transactions) {
        this.config = new VersionedConfig<>(NAMES, new Rules(codec), docs, access, audit, transactions);
    }

    public boolean isManager() {
        return config.isManager();
    }

    public void requireManager() {
        config.requireManager();
    }

    public Version<HealthRuleSet> latest() {
        return config.latest(HealthRuleSet.KEY);
    }

    public Draft<HealthRuleSet> draft() {
        return config.draft(HealthRuleSet.KEY);
    }

    public Draft<HealthRuleSet> saveDraft(HealthRuleSet rules, int expectedRevision) {
        return config.saveDraft(HealthRuleSet.KEY, rules, expectedRevision);
    }

    public Draft<HealthRuleSet> publish(String note, int expectedRevision) {
        return config.publish(HealthRuleSet.KEY, note, expectedRevision);
    }

    public Page<Version<HealthRuleSet>> versions(PageRequest page) {
        return config.versions(HealthRuleSet.KEY, page);
    }

    public Version<HealthRuleSet> version(int n) {
        return config.version(HealthRuleSet.KEY, n);
    }

    /** The rules the portfolio applies (no caller check): the newest published version, else the defaults. */
    public HealthRuleSet current() {
        return config.published(HealthRuleSet.KEY, null).map(Version::content).orElseGet(HealthRuleSet::defaults);
    }

    public Optional<Version<HealthRuleSet>> published(Integer version) {
        return config.published(HealthRuleSet.KEY, version);
    }

    public boolean installBuiltIn() {
        return config.installBuiltIn(HealthRuleSet.defaults(), BUILT_IN_NOTE);
    }

    private record Rules(HealthRulesCodec codec) implements VersionedConfig.Rules<HealthRuleSet> {
        @Override
        public String encode(HealthRuleSet content) {
            return codec.encode(content);
        }

        @Override
        public HealthRuleSet decode(String stored) {
            return codec.decode(stored);
        }

        @Override
        public String key(HealthRuleSet content) {
            return HealthRuleSet.KEY; // one document: the key is not part of the content
        }

        @Override
        public String name(HealthRuleSet content) {
            return NAME;
        }

        @Override
        public HealthRuleSet withKey(HealthRuleSet content, String key) {
            return content;
        }

        @Override
        public HealthRuleSet prepare(HealthRuleSet input, List<FieldError> errors) {
            errors.addAll(input.problems());
            return input;
        }

        @Override
        public List<FieldError> problems(HealthRuleSet content) {
            return content.problems();
        }

        @Override
        public String describe(HealthRuleSet content) {
            return content.rules().size() + " rules: " + String.join(", ", content.rules().stream().map(r -> r.type().name()).toList());
        }

        @Override
        public String changes(HealthRuleSet before, HealthRuleSet after) {
            return before.equals(after) ? "no changes" : "rules " + before.rules() + " → " + after.rules();
        }
    }
}

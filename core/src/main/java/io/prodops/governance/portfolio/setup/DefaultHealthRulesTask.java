package io.prodops.governance.portfolio.setup;

import io.prodops.governance.common.setup.SetupTask;
import io.prodops.governance.portfolio.domain.HealthRulesService;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Installs the default health rules and publishes them as version 1 on the first start; idempotent. */
@Named
public class DefaultHealthRulesTask implements SetupTask {
    private final HealthRulesService rules;

    @Inject
    public DefaultHealthRulesTask(HealthRulesService rules) {
        this.rules = rules;
    }

    @Override
    public String name() {
        return "default-health-rules";
    }

    @Override
    public boolean apply() {
        return rules.installBuiltIn();
    }
}

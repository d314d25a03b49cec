package io.prodops.governance.readiness.setup;

import io.prodops.governance.common.setup.SetupTask;
import io.prodops.governance.readiness.domain.GateSetService;
import io.prodops.governance.readiness.domain.StandardLaunchGateSet;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Installs the built-in "Standard launch" gate set and publishes it as version 1 on the first start. Idempotent: once
 * a gate set with its key exists (whatever ops managers did to it since) it changes nothing.
 */
@Named
public class StandardLaunchGateSetTask implements SetupTask {
    private final GateSetService gateSets;

    @Inject
    public StandardLaunchGateSetTask(GateSetService gateSets) {
        this.gateSets = gateSets;
    }

    @Override
    public String name() {
        return "standard-launch-gate-set";
    }

    @Override
    public boolean apply() {
        return gateSets.installBuiltIn(StandardLaunchGateSet.GATE_SET, StandardLaunchGateSet.PUBLISH_NOTE);
    }
}

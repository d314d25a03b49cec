package io.prodops.governance.readiness.domain;

import io.prodops.governance.common.domain.IssueFacts;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Optional;

/** {@link PublishedGateSets} over {@link GateSetService}: published versions and bindings, without caller checks. */
@Named
public class GateSetLookup implements PublishedGateSets {
    private final GateSetService gateSets;

    @Inject
    public GateSetLookup(GateSetService gateSets) {
        this.gateSets = gateSets;
    }

    @Override
    public Optional<GateSetVersion> latest(String gatesetKey) {
        return gateSets.published(gatesetKey, null);
    }

    @Override
    public Optional<String> boundTo(IssueFacts issue) {
        return gateSets.gatesetFor(issue);
    }
}

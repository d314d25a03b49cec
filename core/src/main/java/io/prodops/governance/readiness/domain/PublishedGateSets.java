package io.prodops.governance.readiness.domain;

import io.prodops.governance.common.domain.IssueFacts;

import java.util.Optional;

/** Port of the gate-set side to evaluations: published versions and which gate set an issue is bound to. */
public interface PublishedGateSets {
    /** The newest published version of a gate set; empty when the key is unknown or was never published. */
    Optional<GateSetVersion> latest(String gatesetKey);

    /** The key of the gate set bound to the issue's project (narrowed by issue type where a binding says so). */
    Optional<String> boundTo(IssueFacts issue);
}

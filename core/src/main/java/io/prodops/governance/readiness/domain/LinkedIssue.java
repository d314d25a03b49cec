package io.prodops.governance.readiness.domain;

import io.prodops.governance.common.domain.IssueFacts;
import io.prodops.governance.common.domain.IssueLinkFacts;

/** One link of the issue with the issue at its other end; {@code other} is null when that issue was deleted. */
public record LinkedIssue(IssueLinkFacts link, IssueFacts other) {
}

package io.prodops.governance.prd.domain;

import java.time.Instant;

/** A reviewer named at submission, with the decision once made (null before). */
public record Reviewer(String userKey, ReviewDecision decision, String comment, Instant requestedAt, Instant decidedAt) {
}

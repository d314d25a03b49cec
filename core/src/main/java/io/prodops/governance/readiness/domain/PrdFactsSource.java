package io.prodops.governance.readiness.domain;

import java.util.Optional;

/** Port: the PRD facts of an issue, read with full visibility (no permission check: the caller decides visibility). */
public interface PrdFactsSource {
    Optional<PrdFacts> prdOf(long issueId);
}

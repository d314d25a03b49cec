package io.prodops.governance.readiness.domain;

import io.prodops.governance.common.domain.IssueFacts;
import io.prodops.governance.common.domain.NotFoundException;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;

/**
 * A fresh evaluation: resolve the gate set, gather the facts with full visibility, run the engine, store the result as
 * the latest evaluation of (issue, gate set) and drop the cached summary on every node. Used by the REST API, the
 * issue panel, the workflow validator and the post-function alike.
 */
@Named
public class ReadinessEvaluator {
    private final PublishedGateSets gateSets;
    private final ReadinessFactsCollector collector;
    private final ReadinessEvaluationRepository evaluations;
    private final ReadinessCache cache;
    private final Clock clock;
    private final ReadinessEngine engine = new ReadinessEngine();
    private final io.prodops.governance.common.port.IssueDataChanged changes;

    /** Without a change listener (tests). */
    public ReadinessEvaluator(PublishedGateSets gateSets, ReadinessFactsCollector collector, ReadinessEvaluationRepository evaluations,
                              ReadinessCache cache, Clock clock) {
        this(gateSets, collector, evaluations, cache, clock, io.prodops.governance.common.port.IssueDataChanged.NONE);
    }

    /** @param changes told after each stored evaluation (the portfolio shows the latest one) */
    @Inject
    public ReadinessEvaluator(PublishedGateSets gateSets, ReadinessFactsCollector collector, ReadinessEvaluationRepository evaluations,
                              ReadinessCache cache, Clock clock, io.prodops.governance.common.port.IssueDataChanged changes) {
        this.changes = changes;
        this.gateSets = gateSets;
        this.collector = collector;
        this.evaluations = evaluations;
        this.cache = cache;
        this.clock = clock;
    }

    /**
     * The gate set to evaluate: the one named, or the one bound to the issue.
     *
     * @throws NotFoundException NO_GATESET when none is named and none is bound, GATESET_NOT_FOUND when the named one
     *                           does not exist or was never published
     */
    public GateSetVersion resolve(IssueFacts issue, String gatesetKey) {
        String key = gatesetKey == null || gatesetKey.isBlank() ? gateSets.boundTo(issue).orElseThrow(() -> new NotFoundException("NO_GATESET",
                "No gate set applies to " + issue.key() + ": bind one to its project or name one with ?gateset=.")) : gatesetKey.strip();
        return gateSets.latest(key).orElseThrow(() -> new NotFoundException("GATESET_NOT_FOUND",
                "The gate set " + key + " does not exist or has no published version."));
    }

    /** The gate set bound to the issue, if any. */
    public java.util.Optional<String> boundGateSet(IssueFacts issue) {
        return gateSets.boundTo(issue);
    }

    /** Evaluates and stores. Runs outside any other transaction (the store is its own). */
    public Evaluation evaluateAndStore(IssueFacts issue, GateSetVersion set) {
        Evaluation evaluation = evaluate(issue, set);
        evaluations.storeLatest(issue.project().id(), evaluation);
        cache.evaluationStored(issue.id(), set.key()); // after the commit: no node re-reads the old row
        io.prodops.governance.common.port.IssueDataChanged.notifyQuietly(changes, java.util.List.of(issue.id()));
        return evaluation;
    }

    public Evaluation evaluate(IssueFacts issue, GateSetVersion set) {
        return engine.evaluate(set, collector.collect(set, issue), clock.instant());
    }
}

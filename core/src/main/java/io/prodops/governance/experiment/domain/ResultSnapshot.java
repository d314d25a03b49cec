package io.prodops.governance.experiment.domain;

import io.prodops.governance.experiment.domain.stats.VariantResult;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One upload of results: cumulative observations of every variant at that moment (a later snapshot replaces, not
 * adds to, an earlier one), for the primary metric and for the guardrails it carries data for. Snapshots are numbered
 * 1, 2, ... per experiment and never changed.
 *
 * @param variants   primary-metric results, in design order
 * @param guardrails results of guardrail metrics, by guardrail name (guardrails without data are left out)
 */
public record ResultSnapshot(int number, ResultSource source, String submittedBy, Instant submittedAt, List<VariantResult> variants,
                             List<MetricResults> guardrails) {
    public ResultSnapshot {
        variants = List.copyOf(variants);
        guardrails = List.copyOf(guardrails);
    }

    /** The results of one guardrail metric, per variant in design order. */
    public record MetricResults(String name, List<VariantResult> variants) {
        public MetricResults {
            variants = List.copyOf(variants);
        }
    }

    public Optional<MetricResults> guardrail(String name) {
        return guardrails.stream().filter(g -> g.name().equals(name)).findFirst();
    }

    /** Results as validated, before they are stored. */
    public record Results(List<VariantResult> variants, List<MetricResults> guardrails) {
        public Results {
            variants = List.copyOf(variants);
            guardrails = List.copyOf(guardrails);
        }
    }
}

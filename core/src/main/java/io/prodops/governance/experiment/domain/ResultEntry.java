package io.prodops.governance.experiment.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * One variant's result as a client sent it (JSON or a CSV row), before {@link ResultValidator}: numbers are kept
 * exact so that 10.5 users is an error instead of being rounded.
 */
public record ResultEntry(String name, BigDecimal users, BigDecimal conversions, BigDecimal n, BigDecimal mean, BigDecimal sd) {
    /** An upload as a client sent it: primary-metric entries and, optionally, entries per guardrail. */
    public record Upload(List<ResultEntry> variants, List<GuardrailEntries> guardrails) {
    }

    /** The entries of one guardrail metric. */
    public record GuardrailEntries(String name, List<ResultEntry> variants) {
    }
}

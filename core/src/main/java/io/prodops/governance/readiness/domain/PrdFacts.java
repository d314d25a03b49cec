package io.prodops.governance.readiness.domain;

import io.prodops.governance.prd.domain.PrdStatus;

import java.util.List;

/**
 * The PRD as the PRD gates need it.
 *
 * @param completeness          0..1 over the sections still in the template (archived ones are not counted)
 * @param missingRequired       titles of required sections not filled, in template order
 * @param archivedSections      sections kept read-only after a template upgrade (not counted in completeness)
 */
public record PrdFacts(PrdStatus status, double completeness, List<String> missingRequired, int archivedSections) {
    public PrdFacts {
        missingRequired = missingRequired == null ? List.of() : List.copyOf(missingRequired);
    }
}

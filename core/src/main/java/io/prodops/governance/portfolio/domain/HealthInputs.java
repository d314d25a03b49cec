package io.prodops.governance.portfolio.domain;

import io.prodops.governance.common.domain.StatusCategory;
import io.prodops.governance.prd.domain.PrdStatus;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the health rules look at for one initiative.
 *
 * @param targetDate      the target launch date, null when none is set
 * @param prd             the initiative's PRD, null when it has none
 * @param ready           the latest readiness evaluation's result, null when never evaluated
 * @param evaluatedAt     when that evaluation ran, null when never evaluated
 * @param experiments     how many experiments the initiative has
 * @param srmExperiments  how many of them show a sample ratio mismatch
 */
public record HealthInputs(LocalDate targetDate, StatusCategory statusCategory, PrdFacts prd, Boolean ready, Instant evaluatedAt,
                           int experiments, int srmExperiments) {
    /** @param completeness 0..1, filled required sections / required sections */
    public record PrdFacts(PrdStatus status, double completeness) {
        public PrdFacts {
            if (status == null) {
                throw new IllegalArgumentException("status is required");
            }
        }
    }

    public HealthInputs {
        if (statusCategory == null) {
            throw new IllegalArgumentException("statusCategory is required");
        }
        if (experiments < 0 || srmExperiments < 0 || srmExperiments > experiments) {
            throw new IllegalArgumentException("experiment counts must satisfy 0 <= srm <= experiments");
        }
    }

    public boolean anySrm() {
        return srmExperiments > 0;
    }

    public boolean done() {
        return statusCategory == StatusCategory.DONE;
    }
}

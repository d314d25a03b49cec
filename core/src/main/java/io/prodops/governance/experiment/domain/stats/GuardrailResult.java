package io.prodops.governance.experiment.domain.stats;

/**
 * One guardrail for one treatment: the one-sided non-inferiority test against the control.
 *
 * @param controlValue       control rate or mean
 * @param treatmentValue     treatment rate or mean
 * @param relativeDifference (treatment − control) ÷ |control|, null when the control value is 0
 * @param pValue             one-sided p-value of H0 "the treatment is worse than the control by more than the margin"
 * @param flagged            true when non-inferiority is not shown (p ≥ alpha)
 * @param nullReason         why a value is null, else null
 */
public record GuardrailResult(String name, String variant, MetricType type, Direction direction, double margin,
                              Double controlValue, Double treatmentValue, Double relativeDifference, Double pValue,
                              boolean flagged, String nullReason) {
}

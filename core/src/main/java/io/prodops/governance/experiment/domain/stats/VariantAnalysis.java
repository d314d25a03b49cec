package io.prodops.governance.experiment.domain.stats;

/**
 * One arm's result; for a treatment, its comparison with the control. Every Double is finite or null — never NaN or
 * infinite; {@code nullReason} says why values are null.
 *
 * @param rate                     conversion rate (conversion metrics), else null
 * @param mean                     mean (continuous metrics), else null
 * @param absoluteLift             treatment − control (rate or mean); null for the control
 * @param relativeLift             absoluteLift ÷ |control|; null for the control or when the control value is 0
 * @param ciLow                    lower bound of the 1 − alpha/m interval of the absolute difference
 * @param ciHigh                   upper bound of that interval
 * @param relCiLow                 lower bound of the 1 − alpha/m interval of the relative lift (delta method)
 * @param relCiHigh                upper bound of that interval
 * @param pValue                   two-sided p-value (pooled two-proportion z-test, or Welch's t-test)
 * @param significant              significant at alpha/m, the planned sample reached, and both intervals agree
 * @param interim                  some arm has not reached its planned sample yet: nothing is declared significant
 * @param probabilityToBeatControl posterior probability that the treatment is better in the desired direction
 *                                 (conversion metrics, Beta(1,1) priors), else null
 * @param nullReason               why values are null, else null
 * @param control                  this arm is the control
 * @param sampleSize               users (conversion) or observations (continuous) of the arm
 * @param note                     a remark on a borderline result (test and interval disagreeing), else null
 */
public record VariantAnalysis(String name, Double rate, Double mean, Double absoluteLift, Double relativeLift, Double ciLow,
                              Double ciHigh, Double relCiLow, Double relCiHigh, Double pValue, boolean significant,
                              boolean interim, Double probabilityToBeatControl, String nullReason, boolean control,
                              long sampleSize, String note) {
}

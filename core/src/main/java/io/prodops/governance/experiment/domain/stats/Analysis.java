package io.prodops.governance.experiment.domain.stats;

import java.util.List;

/**
 * The analysis of one results snapshot.
 *
 * @param control         name of the control arm
 * @param variants        every arm, the control first, then the treatments in input order
 * @param confidenceLevel the level of every interval: 1 − alpha/m, m = number of treatments
 * @param interim         some arm has not reached its planned sample
 * @param interimReason   which arms are short of their planned sample, null when not interim
 */
public record Analysis(String control, List<VariantAnalysis> variants, SrmResult srm, List<GuardrailResult> guardrails,
                       double confidenceLevel, boolean interim, String interimReason) {
    public Analysis {
        variants = List.copyOf(variants);
        guardrails = List.copyOf(guardrails);
    }
}

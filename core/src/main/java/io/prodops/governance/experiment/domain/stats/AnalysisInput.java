package io.prodops.governance.experiment.domain.stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Everything the analysis needs: one cumulative results snapshot plus the design it is judged against.
 *
 * @param alpha              family-wise significance level; each treatment is tested at alpha / (arms − 1)
 * @param controlName        name of the control arm among {@code variants}
 * @param variants           primary-metric results per arm, all of type {@code type}
 * @param plannedAllocation  arm name → planned percent (for the SRM check); null skips the SRM check
 * @param plannedUsersPerArm arm name → users the arm must reach ({@link Plan#perArm()}); until every arm has reached
 *                           its figure the analysis is interim and declares nothing significant. Required.
 * @param guardrails         guardrail metrics (may be empty)
 */
public record AnalysisInput(MetricType type, Direction direction, double alpha, String controlName, List<VariantResult> variants,
                            Map<String, Integer> plannedAllocation, Map<String, Long> plannedUsersPerArm,
                            List<GuardrailInput> guardrails) {
    public AnalysisInput {
        // copies that keep null entries: the analyzer reports them as field errors
        variants = variants == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(variants));
        guardrails = guardrails == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(guardrails));
    }
}

package io.prodops.governance.experiment.domain.stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A guardrail metric and its results per arm.
 *
 * @param margin   non-inferiority margin, relative, as a fraction (0.02 = the treatment may be at most 2 % worse than the
 *                 control in the metric's desired direction)
 * @param variants results per arm, named like the primary metric's arms (the control among them)
 */
public record GuardrailInput(String name, MetricType type, Direction direction, double margin, List<VariantResult> variants) {
    public GuardrailInput {
        variants = variants == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(variants));
    }
}

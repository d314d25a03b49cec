package io.prodops.governance.experiment;

import io.prodops.governance.experiment.domain.DesignInput;
import io.prodops.governance.experiment.domain.DesignInput.GuardrailInput;
import io.prodops.governance.experiment.domain.DesignInput.HypothesisInput;
import io.prodops.governance.experiment.domain.DesignInput.MetricInput;
import io.prodops.governance.experiment.domain.DesignInput.VariantInput;
import io.prodops.governance.experiment.domain.ResultEntry;

import java.math.BigDecimal;
import java.util.List;

/** Designs and results used by the experiment tests. */
public final class ExperimentFixtures {
    private ExperimentFixtures() {
    }

    /** Conversion, baseline 10 %, MDE 10 %, 2 variants 50/50, 1000 users a day, a latency guardrail. */
    public static DesignInput conversionDesign() {
        return new DesignInput(new HypothesisInput("a bigger button", "more sign-ups", "sign-up conversion"),
                new MetricInput("Sign-ups", "CONVERSION", "INCREASE"),
                List.of(new GuardrailInput("Latency", "CONTINUOUS", "DECREASE", 0.05)),
                List.of(new VariantInput("Control", 50.0, true), new VariantInput("Big button", 50.0, false)),
                null, null, null, 0.10, null, null, 1000.0, "2026-12-01", "2027-01-15");
    }

    public static DesignInput withVariants(DesignInput d, List<VariantInput> variants) {
        return new DesignInput(d.hypothesis(), d.primaryMetric(), d.guardrails(), variants, d.alpha(), d.power(), d.mde(), d.baselineRate(),
                d.baselineMean(), d.baselineSd(), d.dailyUsers(), d.plannedStart(), d.plannedEnd());
    }

    public static DesignInput withHypothesis(DesignInput d, String weBelieve) {
        return new DesignInput(new HypothesisInput(weBelieve, d.hypothesis().willResultIn(), d.hypothesis().measuredBy()), d.primaryMetric(),
                d.guardrails(), d.variants(), d.alpha(), d.power(), d.mde(), d.baselineRate(), d.baselineMean(), d.baselineSd(), d.dailyUsers(),
                d.plannedStart(), d.plannedEnd());
    }

    public static DesignInput withMde(DesignInput d, double mde) {
        return new DesignInput(d.hypothesis(), d.primaryMetric(), d.guardrails(), d.variants(), d.alpha(), d.power(), mde, d.baselineRate(),
                d.baselineMean(), d.baselineSd(), d.dailyUsers(), d.plannedStart(), d.plannedEnd());
    }

    public static ResultEntry conversion(String name, long users, long conversions) {
        return new ResultEntry(name, BigDecimal.valueOf(users), BigDecimal.valueOf(conversions), null, null, null);
    }

    public static ResultEntry continuous(String name, long n, double mean, double sd) {
        return new ResultEntry(name, null, null, BigDecimal.valueOf(n), BigDecimal.valueOf(mean), BigDecimal.valueOf(sd));
    }

    public static ResultEntry.Upload results(long controlUsers, long controlConversions, long treatmentUsers, long treatmentConversions) {
        return new ResultEntry.Upload(List.of(conversion("Control", controlUsers, controlConversions),
                conversion("Big button", treatmentUsers, treatmentConversions)), null);
    }
}

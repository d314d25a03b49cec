package io.prodops.governance.bench;

import io.prodops.governance.experiment.domain.stats.Analysis;
import io.prodops.governance.experiment.domain.stats.AnalysisInput;
import io.prodops.governance.experiment.domain.stats.Direction;
import io.prodops.governance.experiment.domain.stats.ExperimentAnalyzer;
import io.prodops.governance.experiment.domain.stats.GuardrailInput;
import io.prodops.governance.experiment.domain.stats.MetricType;
import io.prodops.governance.experiment.domain.stats.Plan;
import io.prodops.governance.experiment.domain.stats.PlanRequest;
import io.prodops.governance.experiment.domain.stats.SampleSizePlanner;
import io.prodops.governance.experiment.domain.stats.VariantResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The cost of the experiment statistics behind {@code GET .../experiment/analysis} and the live planner: a 4-arm
 * conversion experiment with {@code usersPerArm} users per arm and two guardrails (one rate, one mean), and one plan
 * plus one detectable-effect search.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExperimentStatsBenchmark {
    @Param({"10000", "1000000"})
    public long usersPerArm;

    private final ExperimentAnalyzer analyzer = new ExperimentAnalyzer();
    private final SampleSizePlanner planner = new SampleSizePlanner();
    private AnalysisInput input;
    private PlanRequest plan;

    @Setup
    public void setUp() {
        List<VariantResult> arms = new ArrayList<>();
        List<VariantResult> retention = new ArrayList<>();
        List<VariantResult> revenue = new ArrayList<>();
        Map<String, Integer> allocation = new LinkedHashMap<>();
        Map<String, Long> planned = new LinkedHashMap<>();
        for (int i = 0; i < 4; i++) {
            String name = i == 0 ? "control" : "t" + i;
            arms.add(VariantResult.conversion(name, usersPerArm + i * 37, Math.round((0.10 + 0.004 * i) * usersPerArm)));
            retention.add(VariantResult.conversion(name, usersPerArm, Math.round(0.4 * usersPerArm) - i * 11));
            revenue.add(VariantResult.continuous(name, usersPerArm, 12.5 + 0.05 * i, 30));
            allocation.put(name, 25);
            planned.put(name, usersPerArm / 2);
        }
        input = new AnalysisInput(MetricType.CONVERSION, Direction.INCREASE, 0.05, "control", arms, allocation, planned,
                List.of(new GuardrailInput("retention", MetricType.CONVERSION, Direction.INCREASE, 0.02, retention),
                        new GuardrailInput("revenue", MetricType.CONTINUOUS, Direction.INCREASE, 0.05, revenue)));
        plan = new PlanRequest(MetricType.CONVERSION, 0.1, null, null, 0.05, Direction.INCREASE, 0.05, 0.8, 4, List.of(40, 20, 20, 20), 5000);
    }

    @Benchmark
    public Analysis analyze() {
        return analyzer.analyze(input);
    }

    @Benchmark
    public Object planAndDetectableEffect() {
        Plan result = planner.plan(plan);
        return planner.detectableEffect(plan, result.days() / 2 + 1);
    }
}

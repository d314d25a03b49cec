package io.prodops.governance.bench;

import io.prodops.governance.ao.EmbeddedDatabase;
import io.prodops.governance.common.domain.IssueFacts;
import io.prodops.governance.common.domain.StatusCategory;
import io.prodops.governance.common.storage.StorageEntities;
import io.prodops.governance.prd.domain.PrdStatus;
import io.prodops.governance.readiness.ReadinessEvalFixture;
import io.prodops.governance.readiness.domain.Evaluation;
import io.prodops.governance.readiness.domain.Gate;
import io.prodops.governance.readiness.domain.GateKind;
import io.prodops.governance.readiness.domain.GateParams;
import io.prodops.governance.readiness.domain.GateSet;
import io.prodops.governance.readiness.domain.ValidationOutcome;
import net.java.ao.EntityManager;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Launch readiness on the hot path, over H2 with the same AO code as in Jira (host look-ups are in-memory fakes, so
 * the figures are the app's own cost):
 * <ul>
 *   <li>{@link #conditionCachedCheck}: the workflow condition's check, a cache hit (target ≤ 10 µs);</li>
 *   <li>{@link #coldValidation}: what the validator runs with every cache dropped: gate set read from storage, facts
 *       (PRD, sign-offs and waivers, children, links, fields, JQL), engine, rendering, storing the latest evaluation.
 *       The setup prints the number of AO queries it makes, for {@code gates} = 8 and 40.</li>
 * </ul>
 * Run: see README "Benchmarks" ({@code ReadinessBenchmark}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReadinessBenchmark {
    static final String GATESET = "BENCH";

    /** Gates in the gate set: one or five of each of the eight kinds. */
    @Param({"8", "40"})
    public int gates;

    private EntityManager entityManager;
    private ReadinessEvalFixture f;
    private IssueFacts initiative;
    private Set<String> subset;
    int queriesPerColdValidation;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        entityManager = EmbeddedDatabase.open("jdbc:h2:mem:bench-readiness-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "",
                StorageEntities.NAMESPACE);
        entityManager.migrate(StorageEntities.asArray());
        f = new ReadinessEvalFixture(entityManager);
        initiative = f.add(100, "ATL-100", ReadinessEvalFixture.ATL, "Initiative", StatusCategory.IN_PROGRESS, LocalDate.parse("2026-12-24"), null);
        for (int i = 0; i < 10; i++) {
            IssueFacts epic = f.add(200 + i, "ATL-" + (200 + i), ReadinessEvalFixture.ATL, "Epic", StatusCategory.DONE, null, initiative.id());
            if (i < 3) {
                f.blocks(epic, initiative);
            }
        }
        f.prd(initiative, PrdStatus.APPROVED, true);
        f.install(gateSet(gates / 8));
        f.useStoredGateSets();
        f.as(ReadinessEvalFixture.MIA);
        for (int i = 0; i < gates / 8; i++) {
            f.service.signOff(initiative.key(), GATESET, "sign" + i, "ok");
        }
        f.as(ReadinessEvalFixture.PETE);
        subset = Set.of("prd0", "children0");
        coldValidation(); // stores the latest evaluation the condition reads
        AtomicInteger queries = new AtomicInteger();
        net.java.ao.DatabaseProvider.SqlListener counter = sql -> queries.incrementAndGet();
        entityManager.getProvider().addSqlListener(counter);
        try {
            coldValidation();
        } finally {
            entityManager.getProvider().removeSqlListener(counter);
        }
        queriesPerColdValidation = queries.get();
        System.out.println("ReadinessBenchmark: " + gates + " gates, AO queries per cold validation: " + queriesPerColdValidation);
    }

    static GateSet gateSet(int each) {
        List<Gate> list = new ArrayList<>();
        for (int i = 0; i < each; i++) {
            list.add(new Gate("prd" + i, "PRD approved", GateKind.PRD_APPROVED, true, new GateParams.PrdApprovedParams()));
            list.add(new Gate("complete" + i, "PRD complete", GateKind.PRD_COMPLETE, true, new GateParams.PrdCompleteParams(1.0)));
            list.add(new Gate("children" + i, "Children done", GateKind.CHILDREN_DONE, true,
                    new GateParams.ChildrenDoneParams(Set.of(), 0, GateParams.ChildrenDoneParams.NoChildren.FAIL)));
            list.add(new Gate("links" + i, "Blockers resolved", GateKind.LINKS_RESOLVED, true, new GateParams.LinksResolvedParams(null)));
            list.add(new Gate("field" + i, "Due date", GateKind.FIELD_SET, true, new GateParams.FieldSetParams("duedate")));
            list.add(new Gate("jql" + i, "Few bugs", GateKind.JQL_MATCH, true,
                    new GateParams.JqlMatchParams("project = ATL AND issuetype = Bug AND parent = {{issue.key}} AND summary = q" + i, 5)));
            list.add(new Gate("exp" + i, "Experiments", GateKind.EXPERIMENTS_DECIDED, false, new GateParams.ExperimentsDecidedParams()));
            list.add(new Gate("sign" + i, "Marketing", GateKind.SIGN_OFF, true, new GateParams.SignOffParams("marketing")));
        }
        return new GateSet(GATESET, "Benchmark gates", null, list);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        entityManager.getProvider().dispose();
    }

    /** The condition: a cache hit on the latest evaluation's summary, for a configured subset of gates. */
    @Benchmark
    public boolean conditionCachedCheck() {
        return f.guard.cachedReady(initiative, GATESET, subset);
    }

    /** The validator with cold caches: children and JQL outcomes dropped, as after an issue event. */
    @Benchmark
    public ValidationOutcome coldValidation() {
        f.cache.invalidateIssue(initiative.id());
        return f.guard.validate(initiative, GATESET, Set.of(), ReadinessEvalFixture.PETE, Locale.ENGLISH, ReadinessEvalFixture.utc());
    }

    /** For the functional test. */
    Evaluation lastEvaluation() {
        return coldValidation().evaluation();
    }
}

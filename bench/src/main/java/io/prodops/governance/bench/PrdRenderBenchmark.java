package io.prodops.governance.bench;

import io.prodops.governance.ao.EmbeddedDatabase;
import io.prodops.governance.common.storage.StorageEntities;
import io.prodops.governance.prd.PrdFixture;
import io.prodops.governance.prd.domain.PrdTemplate;
import io.prodops.governance.prd.domain.SectionKind;
import io.prodops.governance.prd.domain.TemplateSection;
import io.prodops.governance.prd.web.PrdResource;
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

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * Load + render of a PRD with {@code sections} sections (every kind, realistic content) through the REST resource:
 * permission check, three AO queries, JSON. Target (issue 4): at most 5 ms for 30 sections, on H2.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PrdRenderBenchmark {
    @Param("30")
    public int sections;

    private EntityManager entityManager;
    private PrdResource resource;

    @Setup(Level.Trial)
    public void setUp() throws java.sql.SQLException {
        entityManager = EmbeddedDatabase.open("jdbc:h2:mem:bench-render-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "", StorageEntities.NAMESPACE);
        entityManager.migrate(StorageEntities.asArray());
        PrdFixture fixture = new PrdFixture(entityManager);
        SectionKind[] kinds = SectionKind.values();
        PrdTemplate template = new PrdTemplate("BENCH", "Benchmark", "", IntStream.range(0, sections)
                .mapToObj(i -> new TemplateSection("s" + i, "Section " + i, kinds[i % kinds.length], i % 2 == 0, "Guidance " + i,
                        kinds[i % kinds.length] == SectionKind.RICH_TEXT ? "<p>Start of {{issue.key}}</p>" : null,
                        List.of("A", "B", "C"), List.of("item 1", "item 2"), List.of("owner", "qa"))).toList());
        fixture.publish(template, 1);
        fixture.service.create("GROW-1", "BENCH", null);
        for (int i = 0; i < sections; i++) {
            String content = switch (kinds[i % kinds.length]) {
                case RICH_TEXT -> "\"<h2>Heading</h2><p>" + "Some <strong>rich</strong> text. ".repeat(40) + "</p><ul><li>a</li><li>b</li></ul>\"";
                case TABLE -> "[" + String.join(",", IntStream.range(0, 20).mapToObj(r -> "[\"" + r + "\",\"title " + r + "\",\"note\"]").toList()) + "]";
                case CHECKLIST -> "[{\"text\":\"Docs\",\"done\":true},{\"text\":\"Support\",\"done\":false}]";
                case METRICS -> "[{\"name\":\"Conversion\",\"baseline\":\"2%\",\"target\":\"3%\",\"actual\":\"\"}]";
                case PEOPLE -> "{\"owner\":[\"pete\"],\"qa\":[\"rita\",\"ralf\"]}";
                case DATE -> "\"2027-03-01\"";
            };
            fixture.service.updateSection("GROW-1", "s" + i, content, 1);
        }
        resource = new PrdResource(fixture.service, fixture.access, fixture.users, fixture.codec);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        entityManager.getProvider().dispose();
    }

    @Benchmark
    public Object loadAndRender() {
        return resource.get("GROW-1").getEntity();
    }
}

package io.prodops.governance.experiment.storage;

import io.prodops.governance.common.domain.ConflictException;
import io.prodops.governance.common.domain.PageRequest;
import io.prodops.governance.experiment.ExperimentFixture;
import io.prodops.governance.experiment.ExperimentFixtures;
import io.prodops.governance.experiment.domain.ExperimentStatus;
import io.prodops.governance.experiment.domain.ResultSource;
import io.prodops.governance.testing.AllEntities;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.NonTransactional;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Test;
import org.junit.runner.RunWith;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Writes of one experiment run one after another: concurrent uploads all land, numbered without gaps or twins, and an
 * upload racing a decision either lands before it (and was part of what the decision saw) or is refused.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Data(AllEntities.class)
public class ExperimentConcurrencyStorageTest {
    private EntityManager entityManager;

    @Test
    @NonTransactional
    public void concurrentUploadsAreNumberedOneAfterAnother() {
        ExperimentFixture f = new ExperimentFixture(entityManager);
        f.service.create("EXP-1", ExperimentFixtures.conversionDesign());
        f.service.changeStatus("EXP-1", "RUNNING", null);
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Integer>> uploads = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long users = 100 + i;
            uploads.add(CompletableFuture.supplyAsync(() -> {
                await(go);
                return f.service.addResults("EXP-1", ExperimentFixtures.results(users, 10, users, 11), ResultSource.API).number();
            }));
        }
        go.countDown();
        List<Integer> numbers = uploads.stream().map(CompletableFuture::join).sorted().toList();
        assertEquals(IntStream.rangeClosed(1, 6).boxed().toList(), numbers);
        assertEquals(6, f.service.history("EXP-1", PageRequest.of(0, 10)).total());
    }

    @Test
    @NonTransactional
    public void anUploadRacingADecisionNeverLandsAfterIt() {
        ExperimentFixture f = new ExperimentFixture(entityManager);
        for (var issue : List.of(ExperimentFixture.EXP2, ExperimentFixture.EXP3)) {
            String key = issue.key();
            f.service.create(key, ExperimentFixtures.conversionDesign());
            f.service.changeStatus(key, "RUNNING", null);
            CountDownLatch go = new CountDownLatch(1);
            CompletableFuture<String> upload = CompletableFuture.supplyAsync(() -> {
                await(go);
                try {
                    f.service.addResults(key, ExperimentFixtures.results(50, 5, 50, 6), ResultSource.API);
                    return "landed";
                } catch (ConflictException e) {
                    return e.code();
                }
            });
            CompletableFuture<Void> decide = CompletableFuture.runAsync(() -> {
                await(go);
                f.service.decide(key, "ITERATE", "Round " + key, null, null);
            });
            go.countDown();
            decide.join();
            String outcome = upload.join();
            boolean stored = f.repository.latestSnapshot(issue.id()).isPresent();
            if (outcome.equals("landed")) {
                assertTrue(stored);
            } else {
                assertEquals("EXPERIMENT_NOT_RUNNING", outcome);
                assertTrue("a refused upload stores nothing", !stored);
            }
            assertEquals(ExperimentStatus.DECIDED, f.service.get(key).experiment().status());
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package io.prodops.governance.prd.storage;

import io.prodops.governance.common.domain.ConflictException;
import io.prodops.governance.common.storage.RevisionClaimEntity;
import io.prodops.governance.prd.PrdFixture;
import io.prodops.governance.prd.domain.PrdStatus;
import io.prodops.governance.prd.domain.ReviewDecision;
import io.prodops.governance.testing.AllEntities;
import net.java.ao.EntityManager;
import net.java.ao.Query;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.NonTransactional;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Test;
import org.junit.runner.RunWith;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Section edits and status changes of one PRD never interleave: an edit racing a submission either lands before it
 * (and is part of what reviewers see) or is refused as PRD_IN_REVIEW; it never lands after the PRD went into review.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Data(AllEntities.class)
public class PrdConcurrencyStorageTest {
    private EntityManager entityManager;

    @Test
    @NonTransactional
    public void anEditRacingASubmissionNeverLandsInsideTheReview() throws Exception {
        PrdFixture submitter = new PrdFixture(entityManager);
        submitter.publish(PrdFixture.everyKind("EVERY"), 1);
        submitter.service.create("GROW-1", "EVERY", null);
        PrdFixture editor = new PrdFixture(entityManager);
        editor.publish(PrdFixture.everyKind("EVERY"), 1);
        PrdFixture reviewer = new PrdFixture(entityManager).as(PrdFixture.RITA);
        reviewer.publish(PrdFixture.everyKind("EVERY"), 1);
        int landedBefore = 0;
        int refused = 0;
        for (int round = 0; round < 8; round++) {
            int prdRevision = submitter.service.get("GROW-1").prd().header().revision().revision();
            int sectionRevision = submitter.service.get("GROW-1").prd().section("goals").orElseThrow().revision().revision();
            CountDownLatch go = new CountDownLatch(1);
            String text = "\"<p>round " + round + "</p>\"";
            CompletableFuture<String> edit = CompletableFuture.supplyAsync(() -> {
                await(go);
                try {
                    editor.service.updateSection("GROW-1", "goals", text, sectionRevision);
                    return "saved";
                } catch (ConflictException e) {
                    return e.code();
                }
            });
            CompletableFuture<Void> submit = CompletableFuture.runAsync(() -> {
                await(go);
                submitter.service.submit("GROW-1", List.of("rita"), prdRevision);
            });
            go.countDown();
            submit.join();
            String outcome = edit.join();
            if (outcome.equals("saved")) {
                landedBefore++;
                assertTrue("the saved edit's claim precedes the submission's", claimId("PRD_SECTION") < claimId("PRD"));
            } else {
                assertEquals("PRD_IN_REVIEW", outcome);
                refused++;
            }
            assertEquals(PrdStatus.IN_REVIEW, submitter.service.get("GROW-1").prd().header().status());
            reviewer.service.review("GROW-1", ReviewDecision.REQUEST_CHANGES, "round " + round);
        }
        assertEquals(8, landedBefore + refused);
    }

    /** The id of the newest revision claim of an aggregate type (ids grow in insertion order). */
    private int claimId(String aggregate) {
        RevisionClaimEntity[] latest = new RevisionClaimEntity[0];
        try {
            latest = entityManager.find(RevisionClaimEntity.class, Query.select().where("AGGREGATE = ?", aggregate).order("ID DESC").limit(1));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return latest[0].getID();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}

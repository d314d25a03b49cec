package io.prodops.governance.standalone.host;

import org.junit.Test;

import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.Assert.assertEquals;

/** tryUnderLock runs the work when the lock is free and skips it, without waiting, while someone else holds it. */
public class LocalClusterLocksTest {
    private final LocalClusterLocks locks = new LocalClusterLocks();

    @Test
    public void aFreeLockRunsTheWork() {
        assertEquals(Optional.of("done"), locks.tryUnderLock("job", () -> "done"));
    }

    @Test
    public void aHeldLockSkipsTheWorkAndAnotherNameDoesNot() throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<String> holder = other.submit(() -> locks.underLock("job", () -> {
                held.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return "held";
            }));
            held.await(10, TimeUnit.SECONDS);

            assertEquals(Optional.empty(), locks.tryUnderLock("job", () -> "ran"));
            assertEquals(Optional.of("ran"), locks.tryUnderLock("other job", () -> "ran"));
            release.countDown();
            assertEquals("held", holder.get(10, TimeUnit.SECONDS));
            assertEquals(Optional.of("ran"), locks.tryUnderLock("job", () -> "ran"));
        } finally {
            release.countDown();
            other.shutdownNow();
        }
    }
}

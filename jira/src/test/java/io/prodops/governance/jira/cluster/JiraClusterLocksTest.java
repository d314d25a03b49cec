package io.prodops.governance.jira.cluster;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import org.junit.Test;
import org.mockito.InOrder;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class JiraClusterLocksTest {
    private final ClusterLockService service = mock(ClusterLockService.class);
    private final ClusterLock lock = mock(ClusterLock.class);
    private final JiraClusterLocks locks = new JiraClusterLocks(service);

    @Test
    public void workRunsUnderTheNamedClusterLock() {
        when(service.getLockForName("io.prodops.governance.setup")).thenReturn(lock);
        Runnable work = mock(Runnable.class);

        String result = locks.underLock("io.prodops.governance.setup", () -> {
            work.run();
            return "done";
        });

        assertEquals("done", result);
        InOrder order = inOrder(lock, work);
        order.verify(lock).lock();
        order.verify(work).run();
        order.verify(lock).unlock();
    }

    @Test
    public void theLockIsReleasedWhenTheWorkFails() {
        when(service.getLockForName("x")).thenReturn(lock);

        assertThrows(IllegalStateException.class, () -> locks.underLock("x", () -> {
            throw new IllegalStateException("boom");
        }));
        verify(lock).unlock();
    }

    @Test
    public void tryUnderLockRunsTheWorkOnlyWhenTheLockIsFreeAndReleasesIt() {
        when(service.getLockForName("io.prodops.governance.portfolio.reconcile")).thenReturn(lock);
        when(lock.tryLock()).thenReturn(true, false);

        assertEquals(java.util.Optional.of("done"), locks.tryUnderLock("io.prodops.governance.portfolio.reconcile", () -> "done"));
        verify(lock).unlock();
        assertEquals(java.util.Optional.empty(), locks.tryUnderLock("io.prodops.governance.portfolio.reconcile", () -> {
            throw new AssertionError("must not run while another node holds the lock");
        }));
        verify(lock, org.mockito.Mockito.times(1)).unlock();
        verify(lock, org.mockito.Mockito.never()).lock();
    }
}

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
}

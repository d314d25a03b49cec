package io.prodops.governance.jira.setup;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsModuleMetaData;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.plugin.Plugin;
import com.atlassian.plugin.event.events.PluginEnabledEvent;
import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import io.prodops.governance.common.setup.OneTimeSetup;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.mockito.InOrder;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class SetupLauncherTest {
    private final EventPublisher events = mock(EventPublisher.class);
    private final ActiveObjects ao = mock(ActiveObjects.class);
    private final ActiveObjectsModuleMetaData metaData = mock(ActiveObjectsModuleMetaData.class);
    private final OneTimeSetup setup = mock(OneTimeSetup.class);
    private final ManualExecutor executor = new ManualExecutor();
    private final SetupLauncher launcher = new SetupLauncher(events, ao, setup, () -> executor);

    @Before
    public void activeObjects() {
        when(ao.moduleMetaData()).thenReturn(metaData);
        when(setup.run()).thenReturn(List.of("schema-version"));
        launcher.registerListener();
    }

    @After
    public void stop() {
        launcher.unregisterListener();
    }

    @Test
    public void listensForEventsFromConstructionUntilDestruction() throws Exception {
        verify(events).register(launcher);
        launcher.unregisterListener();
        verify(events).unregister(launcher);

        // the Spring 6 context calls these through jakarta.annotation; the event system through @EventListener
        assertNotNull(SetupLauncher.class.getMethod("registerListener").getAnnotation(PostConstruct.class));
        assertNotNull(SetupLauncher.class.getMethod("unregisterListener").getAnnotation(PreDestroy.class));
        assertNotNull(SetupLauncher.class.getMethod("onPluginEnabled", PluginEnabledEvent.class).getAnnotation(EventListener.class));
        assertArrayEquals(new Class<?>[] {LifecycleAware.class}, SetupLauncher.class.getAnnotation(ExportAsService.class).value());
    }

    @Test
    public void nothingRunsOnStartAlone() {
        launcher.onStart();

        assertEquals(0, executor.submitted);
        verify(setup, never()).run();
    }

    @Test
    public void nothingRunsOnEnableAlone() {
        launcher.onPluginEnabled(enabled("io.prodops.governance"));

        assertEquals(0, executor.submitted);
        verify(setup, never()).run();
    }

    @Test
    public void runsOnceAfterBothSignalsOnTheSetupThreadAfterActiveObjectsIsReady() throws Exception {
        launcher.onStart();
        launcher.onPluginEnabled(enabled("io.prodops.governance"));

        verify(setup, never()).run(); // handed to the setup thread, not run on the event thread
        assertEquals(1, executor.submitted);
        executor.runAll();

        InOrder order = inOrder(metaData, setup);
        order.verify(metaData).awaitInitialization();
        order.verify(setup).run();
        assertTrue("the setup thread ends after the run", executor.isShutdown());
    }

    @Test
    public void theOrderOfTheSignalsDoesNotMatter() {
        launcher.onPluginEnabled(enabled("io.prodops.governance"));
        launcher.onStart();
        executor.runAll();

        verify(setup).run();
    }

    @Test
    public void otherAppsBeingEnabledDoNotCount() {
        launcher.onStart();
        launcher.onPluginEnabled(enabled("com.example.other"));
        launcher.onPluginEnabled(new PluginEnabledEvent(null));

        assertEquals(0, executor.submitted);
    }

    @Test
    public void aSecondEnableDoesNotRunItAgainInTheSameLifecycle() {
        launcher.onStart();
        launcher.onPluginEnabled(enabled("io.prodops.governance"));
        executor.runAll();
        launcher.onPluginEnabled(enabled("io.prodops.governance"));
        launcher.onStart();
        executor.runAll();

        assertEquals(1, executor.submitted);
        verify(setup, times(1)).run();
    }

    @Test
    public void nothingRunsAfterStop() {
        launcher.onStart();
        launcher.onStop();
        launcher.onPluginEnabled(enabled("io.prodops.governance"));

        assertEquals(0, executor.submitted);
    }

    @Test
    public void stopInterruptsASetupStillRunning() {
        launcher.onStart();
        launcher.onPluginEnabled(enabled("io.prodops.governance"));

        launcher.onStop();

        assertTrue(executor.shutdownNow);
    }

    @Test
    public void aFailingSetupIsLoggedNotThrown() throws Exception {
        doThrow(new IllegalStateException("db down")).when(setup).run();
        launcher.onStart();
        launcher.onPluginEnabled(enabled("io.prodops.governance"));

        executor.runAll(); // no exception escapes the setup thread
        verify(setup).run();
    }

    @Test
    public void activeObjectsNeverReadyMeansNoSetup() throws Exception {
        doThrow(new InterruptedException()).when(metaData).awaitInitialization();
        launcher.onStart();
        launcher.onPluginEnabled(enabled("io.prodops.governance"));

        executor.runAll();
        verify(setup, never()).run();
        assertTrue(Thread.interrupted()); // interrupt status restored (cleared here for the next test)
    }

    @Test
    public void theRealSetupThreadIsNotTheEventThread() throws Exception {
        CountDownLatch ran = new CountDownLatch(1);
        AtomicReference<Thread> setupThread = new AtomicReference<>();
        doAnswer(invocation -> {
            setupThread.set(Thread.currentThread());
            ran.countDown();
            return List.of();
        }).when(setup).run();
        SetupLauncher real = new SetupLauncher(events, ao, setup);
        real.registerListener();

        real.onStart();
        real.onPluginEnabled(enabled("io.prodops.governance"));

        assertTrue(ran.await(10, TimeUnit.SECONDS));
        assertNotSame(Thread.currentThread(), setupThread.get());
        assertEquals("prodops-governance-setup", setupThread.get().getName());
        real.unregisterListener();
    }

    private static PluginEnabledEvent enabled(String key) {
        Plugin plugin = mock(Plugin.class);
        when(plugin.getKey()).thenReturn(key);
        return new PluginEnabledEvent(plugin);
    }

    /** Holds submitted tasks until {@link #runAll()}; records shutdown. */
    static final class ManualExecutor extends AbstractExecutorService {
        private final Deque<Runnable> tasks = new ArrayDeque<>();
        int submitted;
        boolean shutdown;
        boolean shutdownNow;

        @Override
        public void execute(Runnable task) {
            submitted++;
            tasks.add(task);
        }

        void runAll() {
            while (!tasks.isEmpty()) {
                tasks.poll().run();
            }
        }

        @Override
        public void shutdown() {
            shutdown = true;
        }

        @Override
        public List<Runnable> shutdownNow() {
            shutdown = true;
            shutdownNow = true;
            List<Runnable> pending = List.copyOf(tasks);
            tasks.clear();
            return pending;
        }

        @Override
        public boolean isShutdown() {
            return shutdown;
        }

        @Override
        public boolean isTerminated() {
            return shutdown && tasks.isEmpty();
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return isTerminated();
        }
    }
}

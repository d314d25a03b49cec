package io.prodops.governance.jira.setup;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.plugin.Plugin;
import com.atlassian.plugin.event.events.PluginEnabledEvent;
import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import io.prodops.governance.common.setup.OneTimeSetup;
import io.prodops.governance.jira.JiraApp;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

/**
 * Runs core's {@link OneTimeSetup} once per lifecycle of this app, when both have happened: SAL's {@link #onStart()}
 * (the application is up) and the {@link PluginEnabledEvent} of this app (all its modules, Active Objects included,
 * are enabled). It then waits for Active Objects to be initialised and runs the setup on its own single thread: never
 * on the event thread, never while the plugin system is still enabling the app.
 *
 * <p>Listener registration: in {@link #registerListener()} ({@code jakarta.annotation.PostConstruct}), not in
 * {@code onStart()}. SAL calls {@code onStart()} only once the app is enabled, i.e. after its
 * {@code PluginEnabledEvent} has been published; a listener registered there would never see that event. The Spring 6
 * context of the app creates this bean before the app is enabled and runs {@code @PostConstruct}/{@code @PreDestroy}
 * of {@code jakarta.annotation} (Spring 6 dropped {@code javax.annotation}); that is also why no Spring interface
 * ({@code InitializingBean}/{@code DisposableBean}) is needed. {@link #unregisterListener()} ({@code @PreDestroy},
 * when the app is disabled or uninstalled and its context closes) unregisters and stops the setup thread;
 * {@link #onStop()} stops the thread too.
 */
@Named
@ExportAsService(LifecycleAware.class)
public class SetupLauncher implements LifecycleAware {
    private static final Logger LOG = LoggerFactory.getLogger(SetupLauncher.class);

    private final EventPublisher events;
    private final ActiveObjects ao;
    private final OneTimeSetup setup;
    private final Supplier<ExecutorService> executors;

    private boolean started;
    private boolean enabled;
    private boolean launched;
    private boolean stopped;
    private ExecutorService executor;

    @Inject
    public SetupLauncher(@ComponentImport EventPublisher events, @ComponentImport ActiveObjects ao, OneTimeSetup setup) {
        this(events, ao, setup, SetupLauncher::newSetupThread);
    }

    SetupLauncher(EventPublisher events, ActiveObjects ao, OneTimeSetup setup, Supplier<ExecutorService> executors) {
        this.events = events;
        this.ao = ao;
        this.setup = setup;
        this.executors = executors;
    }

    @PostConstruct
    public void registerListener() {
        events.register(this);
    }

    @PreDestroy
    public void unregisterListener() {
        events.unregister(this);
        shutdown();
    }

    @Override
    public void onStart() {
        synchronized (this) {
            started = true;
        }
        launchWhenReady();
    }

    @EventListener
    public void onPluginEnabled(PluginEnabledEvent event) {
        Plugin plugin = event.getPlugin();
        if (plugin == null || !JiraApp.PLUGIN_KEY.equals(plugin.getKey())) {
            return;
        }
        synchronized (this) {
            enabled = true;
        }
        launchWhenReady();
    }

    @Override
    public void onStop() {
        shutdown();
    }

    private void launchWhenReady() {
        ExecutorService runOn;
        synchronized (this) {
            if (!started || !enabled || launched || stopped) {
                return;
            }
            launched = true; // once per lifecycle: a second enable event does not run it again
            executor = executors.get();
            runOn = executor;
        }
        try {
            runOn.execute(this::runSetup);
            runOn.shutdown(); // the setup still runs; the thread ends after it (onStop interrupts it if still running)
        } catch (RejectedExecutionException e) {
            LOG.warn("ProdOps Governance setup not started: the app is stopping");
        }
    }

    private void runSetup() {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(SetupLauncher.class.getClassLoader());
        try {
            ao.moduleMetaData().awaitInitialization();
            LOG.info("ProdOps Governance setup: {} task(s) applied", setup.run().size());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.info("ProdOps Governance setup interrupted: the app is stopping; it runs again at the next start");
        } catch (Exception e) {
            LOG.error("ProdOps Governance setup failed; it runs again at the next start of the app", e);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    private void shutdown() {
        ExecutorService toStop;
        synchronized (this) {
            stopped = true;
            toStop = executor;
            executor = null;
        }
        if (toStop != null) {
            toStop.shutdownNow();
        }
    }

    private static ExecutorService newSetupThread() {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "prodops-governance-setup");
            thread.setDaemon(true);
            return thread;
        });
    }
}

package io.prodops.governance.jira.portfolio;

import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import io.prodops.governance.portfolio.domain.SummaryRefresh;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;

/**
 * The periodic, cluster-wide reconcile of the portfolio summaries ({@link SummaryRefresh#reconcile()}): events keep
 * rows current, this catches what events miss (an event lost while a node was down, a changed health rule or
 * settings, children reached only by search) and lets date-based health rules change colour when the date does.
 *
 * <p>Two jobs of one runner, both {@link RunMode#RUN_ONCE_PER_CLUSTER} (one node runs each trigger; Jira keeps the
 * schedule in its database): {@link #HOURLY} every hour, the first run {@link #FIRST_RUN_DELAY} after this node
 * started (not at once: a restarted cluster does not rebuild everything while it warms up), and {@link #DAILY} just
 * after midnight (server time zone), when "target date passed" and "within N days" rules move. Scheduling an existing
 * {@link JobId} again replaces it, so every node start re-schedules both without creating duplicates.
 *
 * <p>Registered in SAL's {@link #onStart()} (the application is up and this app enabled; SAL calls it on every node),
 * like {@code SetupLauncher}; the runner is unregistered in {@link #onStop()} and {@code @PreDestroy} (the app is
 * disabled, uninstalled or the node stops). The schedules are left in place on purpose: they are cluster-wide, and
 * unscheduling them because one node stops would stop the reconcile on the others. Jira's scheduler shows a job
 * whose runner is not registered as unavailable and skips it.
 */
@Named
@ExportAsService(LifecycleAware.class)
public class PortfolioReconcileJob implements LifecycleAware, JobRunner {
    private static final Logger LOG = LoggerFactory.getLogger(PortfolioReconcileJob.class);

    /** Stable identities (Jira's scheduler stores them): never rename. */
    public static final JobRunnerKey RUNNER_KEY = JobRunnerKey.of("io.prodops.governance:portfolio-reconcile");
    public static final JobId HOURLY = JobId.of("io.prodops.governance:portfolio-reconcile-hourly");
    public static final JobId DAILY = JobId.of("io.prodops.governance:portfolio-reconcile-daily");
    public static final Duration INTERVAL = Duration.ofHours(1);
    public static final Duration FIRST_RUN_DELAY = Duration.ofMinutes(15);
    /** Quartz-style cron of Jira's scheduler (seconds first): 00:05:00 every day, in the server's time zone. */
    public static final String DAILY_CRON = "0 5 0 * * ?";

    private final SchedulerService scheduler;
    private final SummaryRefresh refresh;
    private final Clock clock;

    @Inject
    public PortfolioReconcileJob(@ComponentImport SchedulerService scheduler, SummaryRefresh refresh) {
        this(scheduler, refresh, Clock.systemUTC());
    }

    PortfolioReconcileJob(SchedulerService scheduler, SummaryRefresh refresh, Clock clock) {
        this.scheduler = scheduler;
        this.refresh = refresh;
        this.clock = clock;
    }

    @Override
    public void onStart() {
        try {
            scheduler.registerJobRunner(RUNNER_KEY, this);
            scheduler.scheduleJob(HOURLY, config(Schedule.forInterval(INTERVAL.toMillis(), Date.from(clock.instant().plus(FIRST_RUN_DELAY)))));
            scheduler.scheduleJob(DAILY, config(Schedule.forCronExpression(DAILY_CRON)));
        } catch (SchedulerServiceException | RuntimeException e) {
            // never fail the app's start: summaries still follow events, and the next start schedules again
            LOG.error("Portfolio reconcile not scheduled; summaries follow issue and app events only until the app starts again", e);
        }
    }

    @Override
    public void onStop() {
        unregister();
    }

    @PreDestroy
    public void unregister() {
        try {
            scheduler.unregisterJobRunner(RUNNER_KEY);
        } catch (RuntimeException e) {
            LOG.warn("Portfolio reconcile runner not unregistered", e);
        }
    }

    private static JobConfig config(Schedule schedule) {
        return JobConfig.forJobRunnerKey(RUNNER_KEY).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER).withSchedule(schedule);
    }

    /** Runs on Jira's scheduler thread; the outcome (and its message) shows in Jira's scheduler administration. */
    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(PortfolioReconcileJob.class.getClassLoader());
        try {
            SummaryRefresh.ReconcileResult result = refresh.reconcile();
            String message = "Portfolio summaries reconciled: " + result.rebuilt() + " rebuilt, " + result.removed() + " removed in " + result.millis() + " ms";
            LOG.info(message);
            return JobRunnerResponse.success(message);
        } catch (RuntimeException e) {
            LOG.error("Portfolio reconcile failed; it runs again at its next trigger", e);
            return JobRunnerResponse.failed("Portfolio reconcile failed: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }
}

package io.prodops.governance.jira.portfolio;

import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import com.atlassian.scheduler.status.RunOutcome;
import io.prodops.governance.portfolio.domain.SummaryRefresh;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class PortfolioReconcileJobTest {
    private static final Instant NOW = Instant.parse("2026-12-02T07:30:00Z");

    private final SchedulerService scheduler = mock(SchedulerService.class);
    private final SummaryRefresh refresh = mock(SummaryRefresh.class);
    private final PortfolioReconcileJob job = new PortfolioReconcileJob(scheduler, refresh, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    public void atStartItRegistersItselfThenSchedulesAnHourlyAndADailyRunOncePerCluster() throws Exception {
        job.onStart();
        var order = inOrder(scheduler);
        order.verify(scheduler).registerJobRunner(PortfolioReconcileJob.RUNNER_KEY, job);
        ArgumentCaptor<JobConfig> hourly = ArgumentCaptor.forClass(JobConfig.class);
        order.verify(scheduler).scheduleJob(eq(PortfolioReconcileJob.HOURLY), hourly.capture());
        ArgumentCaptor<JobConfig> daily = ArgumentCaptor.forClass(JobConfig.class);
        order.verify(scheduler).scheduleJob(eq(PortfolioReconcileJob.DAILY), daily.capture());

        for (JobConfig config : new JobConfig[]{hourly.getValue(), daily.getValue()}) {
            assertEquals(PortfolioReconcileJob.RUNNER_KEY, config.getJobRunnerKey());
            assertEquals(RunMode.RUN_ONCE_PER_CLUSTER, config.getRunMode());
        }
        Schedule every = hourly.getValue().getSchedule();
        assertEquals(Schedule.Type.INTERVAL, every.getType());
        assertEquals(3_600_000L, every.getIntervalScheduleInfo().getIntervalInMillis());
        assertEquals("first run 15 minutes after the node started, not during its warm-up",
                Date.from(NOW.plusSeconds(15 * 60)), every.getIntervalScheduleInfo().getFirstRunTime());
        Schedule midnight = daily.getValue().getSchedule();
        assertEquals(Schedule.Type.CRON_EXPRESSION, midnight.getType());
        assertEquals("0 5 0 * * ?", midnight.getCronScheduleInfo().getCronExpression());
    }

    @Test
    public void itsIdentitiesAreStableAndDistinct() {
        assertEquals(JobRunnerKey.of("io.prodops.governance:portfolio-reconcile"), PortfolioReconcileJob.RUNNER_KEY);
        assertEquals(JobId.of("io.prodops.governance:portfolio-reconcile-hourly"), PortfolioReconcileJob.HOURLY);
        assertEquals(JobId.of("io.prodops.governance:portfolio-reconcile-daily"), PortfolioReconcileJob.DAILY);
    }

    @Test
    public void aSchedulerFailureDoesNotFailTheAppsStart() throws Exception {
        doThrow(new SchedulerServiceException("db down")).when(scheduler).scheduleJob(eq(PortfolioReconcileJob.HOURLY), any());
        job.onStart(); // no exception
        verify(scheduler).registerJobRunner(PortfolioReconcileJob.RUNNER_KEY, job);
    }

    @Test
    public void stoppingUnregistersTheRunnerButKeepsTheClusterWideSchedules() {
        job.onStop();
        job.unregister();
        verify(scheduler, org.mockito.Mockito.times(2)).unregisterJobRunner(PortfolioReconcileJob.RUNNER_KEY);
        verify(scheduler, never()).unscheduleJob(any());
    }

    @Test
    public void aRunReconcilesAndReportsWhatItDid() {
        when(refresh.reconcile()).thenReturn(new SummaryRefresh.ReconcileResult(10_000, 3, 4200));
        JobRunnerResponse response = job.runJob(mock(JobRunnerRequest.class));
        verify(refresh).reconcile();
        assertEquals(RunOutcome.SUCCESS, response.getRunOutcome());
        assertEquals("Portfolio summaries reconciled: 10000 rebuilt, 3 removed in 4200 ms", response.getMessage());
    }

    @Test
    public void aFailedRunIsReportedAsFailedWithItsCause() {
        when(refresh.reconcile()).thenThrow(new IllegalStateException("AO not ready"));
        JobRunnerResponse response = job.runJob(mock(JobRunnerRequest.class));
        assertEquals(RunOutcome.FAILED, response.getRunOutcome());
        assertEquals("Portfolio reconcile failed: IllegalStateException: AO not ready", response.getMessage());
    }

    @Test
    public void aRunRestoresTheSchedulerThreadsClassLoader() {
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        when(refresh.reconcile()).thenAnswer(invocation -> {
            assertSame(PortfolioReconcileJob.class.getClassLoader(), Thread.currentThread().getContextClassLoader());
            return new SummaryRefresh.ReconcileResult(0, 0, 1);
        });
        assertEquals(RunOutcome.SUCCESS, job.runJob(null).getRunOutcome());
        assertSame(before, Thread.currentThread().getContextClassLoader());
    }
}

package io.prodops.governance.standalone;

import io.prodops.governance.common.domain.IssueFacts;
import io.prodops.governance.common.domain.UserRef;
import io.prodops.governance.experiment.domain.ExperimentStatus;
import io.prodops.governance.portfolio.domain.HealthColor;
import io.prodops.governance.portfolio.domain.PortfolioSettings;
import io.prodops.governance.portfolio.domain.PortfolioSummary;
import io.prodops.governance.prd.domain.PrdStatus;
import io.prodops.governance.prd.domain.StandardPrdTemplate;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The standalone host reconciles the portfolio summaries at start, so the demo has a row for every initiative and
 * epic; later PRD changes refresh the rows through the change hook, and a restart keeps unchanged rows' updatedAt.
 */
public class PortfolioSummariesAtStartTest {
    @ClassRule
    public static final TemporaryFolder FOLDER = new TemporaryFolder();
    private static HostComponents host;

    @BeforeClass
    public static void start() throws Exception {
        host = new HostComponents(HostOptions.forTests(FOLDER.newFolder("data").toPath()));
        host.prepareData();
    }

    @AfterClass
    public static void stop() {
        host.close();
    }

    private static PortfolioSummary row(String key) {
        IssueFacts issue = host.issues.findByKey(key).orElseThrow();
        return host.portfolioSummaries.find(issue.id()).orElseThrow(() -> new AssertionError("no summary row for " + key));
    }

    private static Set<Long> initiativeIds() {
        Set<Long> ids = new TreeSet<>();
        host.issues.search("issuetype in (Initiative, Epic)", 0, 1000, Optional.empty()).issues().forEach(i -> ids.add(i.id()));
        return ids;
    }

    @Test
    public void everyDemoInitiativeAndEpicHasARowAndNothingElseDoes() {
        Set<Long> stored = new TreeSet<>();
        host.portfolioSummaries.forEachIssueId(stored::add);

        assertTrue("the demo has initiatives and epics", initiativeIds().size() >= 8);
        assertEquals(initiativeIds(), stored);
        assertEquals(PortfolioSettings.defaults().initiativeTypes(), host.portfolioSettings.load().initiativeTypes());
    }

    @Test
    public void rowsCarryTheDemoIssuesPrdsAndExperiments() {
        IssueFacts phx = host.issues.findByKey("PHX-1").orElseThrow();
        PortfolioSummary initiative = row("PHX-1");
        assertEquals("Initiative", initiative.issueType());
        assertEquals(phx.summary(), initiative.summary());
        assertEquals("PHX", initiative.projectKey());
        assertEquals(phx.assignee(), initiative.ownerKey());
        assertEquals(phx.dueDate(), initiative.targetDate());
        assertEquals("PHX-12 and PHX-13 inform it", 2, initiative.experiments().count());

        PortfolioSummary approved = row("ATL-1");
        assertEquals(new PortfolioSummary.Prd(PrdStatus.APPROVED, 1.0), approved.prd());
        List<PrdStatus> statuses = new ArrayList<>();
        host.portfolioSummaries.findByIssueIds(initiativeIds()).forEach(r -> {
            if (r.prd() != null) {
                statuses.add(r.prd().status());
            }
            assertTrue(r.health().color() == HealthColor.GREEN ? r.health().reasons().isEmpty() : !r.health().reasons().isEmpty());
        });
        assertTrue("the demo's PRDs in their statuses: " + statuses, statuses.containsAll(List.of(PrdStatus.APPROVED, PrdStatus.IN_REVIEW,
                PrdStatus.CHANGES_REQUESTED, PrdStatus.DRAFT)));
        int experiments = host.portfolioSummaries.findByIssueIds(initiativeIds()).stream().mapToInt(r -> r.experiments().count()).sum();
        assertTrue("experiments are counted", experiments >= 2);
        assertTrue(host.portfolioSummaries.findByIssueIds(initiativeIds()).stream()
                .anyMatch(r -> r.experiments().byStatus().containsKey(ExperimentStatus.RUNNING) || r.experiments().byStatus().containsKey(ExperimentStatus.DECIDED)));
    }

    @Test
    public void aPrdCreatedLaterRefreshesItsRowThroughTheChangeHookAndARestartKeepsUnchangedRows() throws Exception {
        IssueFacts epic = host.issues.search("issuetype = Epic AND project = NOVA", 0, 50, Optional.empty()).issues().stream()
                .filter(e -> row(e.key()).prd() == null).findFirst().orElseThrow(() -> new AssertionError("a NOVA epic without a PRD"));
        Instant before = row(epic.key()).updatedAt();
        host.currentUser.bind(new UserRef("admin", "Ada Admin"));
        try {
            host.prds.create(epic.key(), StandardPrdTemplate.KEY, null);
        } finally {
            host.currentUser.clear();
        }
        PortfolioSummary after = row(epic.key());
        assertEquals(PrdStatus.DRAFT, after.prd().status());
        assertTrue("the content changed: updatedAt moves on", !after.updatedAt().isBefore(before));

        PortfolioSummary untouched = row("PHX-1");
        host.close();
        host = new HostComponents(HostOptions.forTests(FOLDER.getRoot().toPath().resolve("data")));
        host.prepareData(); // reconciles again
        assertEquals(untouched.updatedAt(), row("PHX-1").updatedAt());
        assertTrue(!row("PHX-1").refreshedAt().isBefore(untouched.refreshedAt()));
        assertEquals(PrdStatus.DRAFT, row(epic.key()).prd().status());
    }
}

package io.prodops.governance.standalone;

import io.prodops.governance.ao.EmbeddedActiveObjects;
import io.prodops.governance.ao.EmbeddedDatabase;
import io.prodops.governance.common.cache.LocalClusterCaches;
import io.prodops.governance.common.domain.Access;
import io.prodops.governance.common.domain.SettingsService;
import io.prodops.governance.common.domain.SystemClock;
import io.prodops.governance.common.setup.OneTimeSetup;
import io.prodops.governance.common.setup.SchemaVersionTask;
import io.prodops.governance.common.storage.AoAuditLog;
import io.prodops.governance.common.storage.AoConfigDocRepository;
import io.prodops.governance.common.storage.AoSettingsRepository;
import io.prodops.governance.common.storage.AoTransactions;
import io.prodops.governance.common.storage.RevisionGuard;
import io.prodops.governance.common.storage.StorageEntities;
import io.prodops.governance.common.text.OwaspRichTextSanitizer;
import io.prodops.governance.common.web.AdminPageServlet;
import io.prodops.governance.common.web.ErrorResponses;
import io.prodops.governance.common.web.GovernanceExceptionMapper;
import io.prodops.governance.common.web.PageShell;
import io.prodops.governance.common.web.Pages;
import io.prodops.governance.common.web.RequestSizeLimit;
import io.prodops.governance.common.web.RestApi;
import io.prodops.governance.common.web.SettingsResource;
import io.prodops.governance.common.web.XsrfGuard;
import io.prodops.governance.prd.domain.TemplateService;
import io.prodops.governance.prd.setup.StandardPrdTemplateTask;
import io.prodops.governance.prd.storage.JacksonTemplateCodec;
import io.prodops.governance.prd.domain.PrdService;
import io.prodops.governance.prd.json.SectionContentJson;
import io.prodops.governance.prd.storage.AoPrdRepository;
import io.prodops.governance.prd.web.PrdResource;
import io.prodops.governance.prd.web.TemplateResource;
import io.prodops.governance.prd.web.PrdPageServlet;
import io.prodops.governance.experiment.web.ExperimentPageServlet;
import io.prodops.governance.prd.web.TemplatesPageServlet;
import io.prodops.governance.readiness.domain.GateSetService;
import io.prodops.governance.readiness.setup.StandardLaunchGateSetTask;
import io.prodops.governance.readiness.storage.AoGateBindingRepository;
import io.prodops.governance.readiness.storage.JacksonGateSetCodec;
import io.prodops.governance.readiness.web.GateSetResource;
import io.prodops.governance.common.port.Licensing;
import io.prodops.governance.common.port.UserPreferences;
import io.prodops.governance.experiment.domain.ExperimentReadinessDecisions;
import io.prodops.governance.readiness.domain.GateSetLookup;
import io.prodops.governance.readiness.domain.LaunchGuard;
import io.prodops.governance.readiness.domain.PrdRepositoryFacts;
import io.prodops.governance.readiness.domain.ReaderMessages;
import io.prodops.governance.readiness.domain.ReadinessCache;
import io.prodops.governance.readiness.domain.ReadinessEvaluator;
import io.prodops.governance.readiness.domain.ReadinessFactsCollector;
import io.prodops.governance.readiness.domain.ReadinessService;
import io.prodops.governance.readiness.storage.AoGateApprovalRepository;
import io.prodops.governance.readiness.storage.AoReadinessEvaluationRepository;
import io.prodops.governance.readiness.web.ReadinessResource;
import io.prodops.governance.standalone.host.DemoLaunch;
import io.prodops.governance.standalone.host.HostIssueFieldValues;
import io.prodops.governance.standalone.host.HostWorkflow;
import io.prodops.governance.standalone.web.HostTransitionResource;
import io.prodops.governance.portfolio.web.HealthRulesPageServlet;
import io.prodops.governance.portfolio.web.PortfolioPageServlet;
import io.prodops.governance.readiness.web.GateSetsPageServlet;
import io.prodops.governance.experiment.domain.ExperimentService;
import io.prodops.governance.experiment.storage.AoExperimentRepository;
import io.prodops.governance.experiment.web.ExperimentPlanResource;
import io.prodops.governance.experiment.web.ExperimentResource;
import io.prodops.governance.common.storage.AoSettingValues;
import io.prodops.governance.experiment.domain.ExperimentTypeService;
import io.prodops.governance.experiment.setup.ExperimentIssueTypeTask;
import io.prodops.governance.experiment.web.ExperimentTypePageServlet;
import io.prodops.governance.experiment.web.ExperimentTypeResource;
import io.prodops.governance.standalone.host.HostIssueTypes;
import io.prodops.governance.standalone.host.LargeDemo;
import io.prodops.governance.portfolio.domain.HealthRulesService;
import io.prodops.governance.portfolio.domain.PortfolioQueryService;
import io.prodops.governance.portfolio.domain.PortfolioRefresher;
import io.prodops.governance.portfolio.web.PortfolioResource;
import io.prodops.governance.portfolio.domain.PortfolioSummaryBuilder;
import io.prodops.governance.portfolio.domain.SummaryRefreshOnChange;
import io.prodops.governance.portfolio.storage.AoPortfolioSettingsRepository;
import io.prodops.governance.portfolio.storage.AoPortfolioSummaryRepository;
import io.prodops.governance.portfolio.setup.DefaultHealthRulesTask;
import io.prodops.governance.portfolio.storage.JacksonHealthRulesCodec;
import io.prodops.governance.portfolio.domain.PortfolioViewService;
import io.prodops.governance.portfolio.domain.PortfolioSettingsService;
import io.prodops.governance.portfolio.web.PortfolioSettingsResource;
import io.prodops.governance.portfolio.storage.AoPortfolioViewRepository;
import io.prodops.governance.portfolio.web.HealthRulesResource;
import io.prodops.governance.portfolio.web.PortfolioViewResource;
import io.prodops.governance.standalone.host.DemoData;
import io.prodops.governance.standalone.host.DemoExperiments;
import io.prodops.governance.standalone.host.DemoPrds;
import io.prodops.governance.standalone.host.HostAccessPolicy;
import io.prodops.governance.standalone.host.HostDatabase;
import io.prodops.governance.standalone.host.HostFieldCatalog;
import io.prodops.governance.standalone.host.HostIssueDirectory;
import io.prodops.governance.standalone.host.HostLoginRedirects;
import io.prodops.governance.standalone.host.HostProjectDirectory;
import io.prodops.governance.standalone.host.HostUserDirectory;
import io.prodops.governance.standalone.host.LocalClusterLocks;
import io.prodops.governance.standalone.host.RequestCurrentUser;
import io.prodops.governance.standalone.host.RequestPageResources;
import io.prodops.governance.standalone.velocity.VelocityAllowlist;
import io.prodops.governance.standalone.velocity.VelocityTemplateRenderer;
import jakarta.servlet.http.HttpServlet;
import net.java.ao.EntityManager;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The composition root: every object of the running app, built by hand with constructor injection in dependency
 * order (what Spring does from the {@code @Named}/{@code @Inject} annotations inside Jira). When core adds a REST
 * resource, provider or page servlet to {@link RestApi} or {@link Pages}, {@link #checkComplete()} stops the host
 * until it is wired here too.
 */
final class HostComponents implements AutoCloseable {
    final HostDatabase hostDatabase;
    final EntityManager entityManager;
    final EmbeddedActiveObjects ao;
    final SystemClock clock = new SystemClock();

    // host ports
    final RequestCurrentUser currentUser = new RequestCurrentUser();
    final HostUserDirectory users;
    final HostAccessPolicy policy;
    final HostIssueDirectory issues;
    final LocalClusterLocks locks = new LocalClusterLocks();
    final RequestPageResources pageResources = new RequestPageResources();
    final HostLoginRedirects logins = new HostLoginRedirects();
    final VelocityTemplateRenderer renderer;
    // readiness host ports
    final HostProjectDirectory projects;
    final HostFieldCatalog fieldCatalog = new HostFieldCatalog();

    // core
    final RevisionGuard revisions;
    final AoTransactions transactions;
    final AoSettingsRepository settings;
    final AoAuditLog auditLog;
    final Access access;
    final AoConfigDocRepository configDocs;
    final OwaspRichTextSanitizer sanitizer = new OwaspRichTextSanitizer();
    final TemplateService templates;
    final SectionContentJson sectionContent = new SectionContentJson();
    final PrdService prds;
    // readiness
    final GateSetService gateSets;
    // readiness of issues (evaluation, sign-offs, waivers, the Launch transition)
    final LocalClusterCaches caches = new LocalClusterCaches(clock);
    final ReadinessCache readinessCache;
    final ReadinessService readiness;
    final LaunchGuard launchGuard;
    final HostWorkflow workflow;
    final List<Object> hostResources;
    final ExperimentService experiments;
    final ErrorResponses errorResponses;
    final OneTimeSetup setup;
    // experiment issue type (issue 6)
    final HostIssueTypes issueTypes;
    final ExperimentTypeService experimentTypes;
    // portfolio views and settings (issue 7)
    final PortfolioViewService portfolioViews;
    final PortfolioSettingsService portfolioSettingsService;
    final List<Object> restResources;
    final List<Object> restProviders;
    final Map<String, HttpServlet> pageServlets;
    // portfolio summaries (issue 7): rows, settings, the refresher and the change hook PRDs/readiness/experiments call
    final HealthRulesService healthRules;
    final AoPortfolioSummaryRepository portfolioSummaries;
    final AoPortfolioSettingsRepository portfolioSettings;
    final PortfolioRefresher portfolioRefresh;
    final SummaryRefreshOnChange issueDataChanged;
    // the portfolio page's rows, exports and one-row refresh (issue 7)
    final PortfolioQueryService portfolio;

    private final int largeDemoInitiatives;
    /** What the large demo created on this start (null: it did not run), and how long the start-up reconcile took. */
    LargeDemo.Result largeDemo;
    long reconcileMillis = -1;

    HostComponents(HostOptions options) {
        largeDemoInitiatives = options.largeDemoInitiatives();
        hostDatabase = HostDatabase.open(options.dataDir());
        try {
            entityManager = EmbeddedDatabase.open(hostDatabase.jdbcUrl(), HostDatabase.USER, hostDatabase.password(), StorageEntities.NAMESPACE);
        } catch (RuntimeException e) {
            hostDatabase.close();
            throw e;
        }
        ao = new EmbeddedActiveObjects(entityManager);
        users = new HostUserDirectory(hostDatabase);
        policy = new HostAccessPolicy(hostDatabase, users);
        issues = new HostIssueDirectory(hostDatabase, policy);
        projects = new HostProjectDirectory(hostDatabase);
        renderer = new VelocityTemplateRenderer(VelocityAllowlist.fromClassPath(HostComponents.class.getClassLoader()));

        revisions = new RevisionGuard(ao, clock);
        transactions = new AoTransactions(ao, revisions);
        settings = new AoSettingsRepository(ao, revisions, new LocalClusterCaches(clock));
        auditLog = new AoAuditLog(ao);
        access = new Access(currentUser, issues, policy, users, settings);
        configDocs = new AoConfigDocRepository(ao, revisions);
        healthRules = new HealthRulesService(configDocs, new JacksonHealthRulesCodec(), access, auditLog, transactions);
        portfolioSummaries = new AoPortfolioSummaryRepository(ao);
        portfolioSettings = new AoPortfolioSettingsRepository(ao, revisions);
        portfolioRefresh = new PortfolioRefresher(portfolioSummaries, new PortfolioSummaryBuilder(new AoPrdRepository(ao, revisions, sectionContent),
                new AoGateBindingRepository(ao, revisions), new AoReadinessEvaluationRepository(ao), new AoExperimentRepository(ao, revisions, clock),
                issues, new HostIssueFieldValues(fieldCatalog), healthRules, clock), portfolioSettings, issues, locks, transactions, clock);
        issueDataChanged = new SummaryRefreshOnChange(portfolioRefresh);
        templates = new TemplateService(configDocs, new JacksonTemplateCodec(), sanitizer, access, auditLog, transactions);
        prds = new PrdService(access, new AoPrdRepository(ao, revisions, sectionContent), templates, sectionContent, sanitizer,
                users, policy, auditLog, transactions, clock, issueDataChanged);
        gateSets = new GateSetService(configDocs, new JacksonGateSetCodec(), issues, fieldCatalog, new AoGateBindingRepository(ao, revisions),
                projects, access, auditLog, transactions);
        AoReadinessEvaluationRepository evaluations = new AoReadinessEvaluationRepository(ao);
        AoGateApprovalRepository approvals = new AoGateApprovalRepository(ao);
        experiments = new ExperimentService(access, new AoExperimentRepository(ao, revisions, clock), issues, policy, auditLog, transactions, clock,
                issueDataChanged);
        readinessCache = new ReadinessCache(caches, evaluations);
        ReadinessEvaluator evaluator = new ReadinessEvaluator(new GateSetLookup(gateSets),
                new ReadinessFactsCollector(issues, new PrdRepositoryFacts(new AoPrdRepository(ao, revisions, sectionContent)),
                        new HostIssueFieldValues(fieldCatalog), new ExperimentReadinessDecisions(experiments), approvals, readinessCache),
                evaluations, readinessCache, clock, issueDataChanged);
        ReaderMessages readerMessages = new ReaderMessages(issues, policy, UserPreferences.DEFAULTS);
        readiness = new ReadinessService(access, evaluator, approvals, evaluations, readerMessages, users, auditLog, transactions, clock);
        portfolioViews = new PortfolioViewService(new AoPortfolioViewRepository(ao, revisions), access, issues, auditLog, transactions, clock);
        portfolio = new PortfolioQueryService(access, issues, users, portfolioSummaries, portfolioRefresh, portfolioSettings, healthRules,
                portfolioViews, readiness, clock);
        launchGuard = new LaunchGuard(readinessCache, evaluator, evaluations, readerMessages, Licensing.ALWAYS, auditLog, transactions, clock);
        workflow = new HostWorkflow(hostDatabase);
        hostResources = List.of(new HostTransitionResource(access, workflow, launchGuard, readinessCache));
        errorResponses = new ErrorResponses(users);
        issueTypes = new HostIssueTypes(hostDatabase);
        experimentTypes = new ExperimentTypeService(issueTypes, new AoSettingValues(ao, clock), locks, transactions, access, auditLog, clock);
        setup = new OneTimeSetup(locks, transactions, List.of(new SchemaVersionTask(ao, clock), new StandardPrdTemplateTask(templates),
                new StandardLaunchGateSetTask(gateSets), new ExperimentIssueTypeTask(experimentTypes),
                new DefaultHealthRulesTask(healthRules)));
        portfolioSettingsService = new PortfolioSettingsService(portfolioSettings, fieldCatalog, access, auditLog, transactions, clock);

        restResources = List.of(new SettingsResource(access, new SettingsService(settings, auditLog, transactions), users),
                new TemplateResource(templates, users, clock), new PrdResource(prds, access, users, sectionContent),
                new GateSetResource(gateSets, users, clock),
                new ReadinessResource(readiness, users),
                new ExperimentResource(experiments, access, users), new ExperimentPlanResource(experiments, access),
                new ExperimentTypeResource(experimentTypes, access),
                new PortfolioResource(portfolio, access, readerMessages, users, clock),

                new PortfolioViewResource(portfolioViews, users), new HealthRulesResource(healthRules, users),
                new PortfolioSettingsResource(portfolioSettingsService, access));
        restProviders = List.of(new XsrfGuard(), new RequestSizeLimit(), new GovernanceExceptionMapper(errorResponses));
        PageShell pageShell = new PageShell(renderer, pageResources, logins);
        Map<String, HttpServlet> servlets = new LinkedHashMap<>();
        servlets.put(Pages.ADMIN, new AdminPageServlet(access, pageShell));
        PrdPageServlet prdPage = new PrdPageServlet(access, pageShell);
        servlets.put(Pages.PRD, prdPage);
        servlets.put(Pages.PRD_BY_KEY, prdPage);
        servlets.put(Pages.TEMPLATES, new TemplatesPageServlet(access, pageShell));
        servlets.put(Pages.GATESETS, new GateSetsPageServlet(access, pageShell));
        servlets.put(Pages.EXPERIMENT_TYPE, new ExperimentTypePageServlet(access, pageShell));
        ExperimentPageServlet experimentPage = new ExperimentPageServlet(access, pageShell);
        servlets.put(Pages.EXPERIMENT, experimentPage);
        servlets.put(Pages.EXPERIMENT_BY_KEY, experimentPage);
        servlets.put(Pages.PORTFOLIO, new PortfolioPageServlet(access, pageShell));
        servlets.put(Pages.PORTFOLIO_RULES, new HealthRulesPageServlet(access, pageShell));
        pageServlets = Map.copyOf(servlets);
        checkComplete();
    }

    /** Creates or upgrades the AO tables, seeds the demo data once, runs core's one-time setup. */
    void prepareData() {
        ao.migrate(StorageEntities.asArray());
        boolean firstStart = new DemoData(hostDatabase, clock).seedOnce();
        issueTypes.seedOnce();
        setup.run();
        if (firstStart) { // the Standard PRD template exists once setup ran
            new DemoPrds(prds, currentUser, users, issues).seed();
            new DemoLaunch(hostDatabase, prds, gateSets, readiness, currentUser, users, issues).seed();
            new DemoExperiments(experiments, currentUser, users).seed();
            if (largeDemoInitiatives > 0) {
                largeDemo = newLargeDemo().seed(largeDemoInitiatives);
                org.slf4j.LoggerFactory.getLogger(HostComponents.class).info("Large demo: {} initiatives, {} child issues, {} PRDs, {} readiness"
                                + " evaluations, {} experiments; host rows in {} ms, app rows in {} ms", largeDemo.initiatives(), largeDemo.children(),
                        largeDemo.prds(), largeDemo.evaluations(), largeDemo.experiments(), largeDemo.hostMillis(), largeDemo.appMillis());
            }
        } else if (largeDemoInitiatives > 0) {
            org.slf4j.LoggerFactory.getLogger(HostComponents.class).info("--large-demo applies to an empty data directory only; this one has data already");
        }
        // every start: the demo's rows on the first, and whatever changed while the host was down afterwards; derived
        // data, so a failure is logged and the host still starts (the next change or start rebuilds the rows)
        try {
            long started = System.nanoTime();
            portfolioRefresh.reconcile();
            reconcileMillis = (System.nanoTime() - started) / 1_000_000;
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(HostComponents.class).warn("Portfolio summaries were not reconciled at start", e);
        }
    }

    LargeDemo newLargeDemo() {
        return new LargeDemo(hostDatabase, transactions, new AoPrdRepository(ao, revisions, sectionContent), templates, sanitizer,
                new AoReadinessEvaluationRepository(ao), new AoExperimentRepository(ao, revisions, clock), gateSets, currentUser, users, clock);
    }

    void checkComplete() {
        requireSame("REST resources", RestApi.RESOURCES, restResources);
        requireSame("REST providers", RestApi.PROVIDERS, restProviders);
        requireSame("page servlets", List.copyOf(Pages.SERVLETS.values()), List.copyOf(pageServlets.values()));
        if (!Pages.SERVLETS.keySet().equals(pageServlets.keySet())) {
            throw new IllegalStateException("the standalone host maps page servlets at " + pageServlets.keySet()
                    + " but core's Pages declares " + Pages.SERVLETS.keySet());
        }
    }

    private static void requireSame(String what, List<? extends Class<?>> declared, List<?> wired) {
        Set<Class<?>> wiredTypes = new HashSet<>();
        wired.forEach(o -> wiredTypes.add(o.getClass()));
        if (!wiredTypes.equals(new HashSet<>(declared))) {
            throw new IllegalStateException("core declares the " + what + " " + declared + " but the standalone host wires "
                    + wiredTypes + ": add the missing ones to HostComponents");
        }
    }

    @Override
    public void close() {
        try {
            entityManager.getProvider().dispose();
        } finally {
            hostDatabase.close();
        }
    }
}

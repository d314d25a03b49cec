package io.prodops.governance.readiness;

import io.prodops.governance.ao.EmbeddedActiveObjects;
import io.prodops.governance.common.cache.LocalClusterCaches;
import io.prodops.governance.common.domain.Access;
import io.prodops.governance.common.domain.AppSettings;
import io.prodops.governance.common.domain.IssueFacts;
import io.prodops.governance.common.domain.IssueLinkFacts;
import io.prodops.governance.common.domain.ProjectRef;
import io.prodops.governance.common.domain.SearchPage;
import io.prodops.governance.common.domain.SettingsRepository;
import io.prodops.governance.common.domain.StatusCategory;
import io.prodops.governance.common.domain.UserRef;
import io.prodops.governance.common.port.AccessPolicy;
import io.prodops.governance.common.port.IssueDirectory;
import io.prodops.governance.common.port.Licensing;
import io.prodops.governance.common.port.UserDirectory;
import io.prodops.governance.common.port.UserPreferences;
import io.prodops.governance.common.storage.AoAuditLog;
import io.prodops.governance.common.storage.AoTransactions;
import io.prodops.governance.common.storage.RevisionGuard;
import io.prodops.governance.prd.domain.PrdRepository;
import io.prodops.governance.prd.domain.PrdStatus;
import io.prodops.governance.prd.domain.SectionContent;
import io.prodops.governance.prd.domain.SectionKind;
import io.prodops.governance.prd.domain.TemplateSection;
import io.prodops.governance.prd.json.SectionContentJson;
import io.prodops.governance.prd.storage.AoPrdRepository;
import io.prodops.governance.readiness.domain.ExperimentDecisions;
import io.prodops.governance.readiness.domain.FieldValue;
import io.prodops.governance.common.port.ProjectDirectory;
import io.prodops.governance.common.storage.AoConfigDocRepository;
import io.prodops.governance.readiness.domain.GateSetLookup;
import io.prodops.governance.readiness.domain.GateSetService;
import io.prodops.governance.readiness.domain.GateSetVersion;
import io.prodops.governance.readiness.storage.AoGateBindingRepository;
import io.prodops.governance.readiness.storage.JacksonGateSetCodec;
import io.prodops.governance.readiness.domain.IssueFieldValues;
import io.prodops.governance.readiness.domain.LaunchGuard;
import io.prodops.governance.readiness.domain.PrdRepositoryFacts;
import io.prodops.governance.readiness.domain.PublishedGateSets;
import io.prodops.governance.readiness.domain.ReaderMessages;
import io.prodops.governance.readiness.domain.ReadinessCache;
import io.prodops.governance.readiness.domain.ReadinessEvaluator;
import io.prodops.governance.readiness.domain.ReadinessFactsCollector;
import io.prodops.governance.readiness.domain.ReadinessService;
import io.prodops.governance.readiness.storage.AoGateApprovalRepository;
import io.prodops.governance.readiness.storage.AoReadinessEvaluationRepository;
import net.java.ao.EntityManager;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

/**
 * Readiness evaluation over real storage (AO) with host ports faked in memory. Project ATL (browsable by everyone
 * here) and SEC (only olga, the ops manager); users pete (PM), vic (viewer), mia (marketing), olga (ops manager),
 * otto (browses nothing). Issues are added by tests; searches are answered by {@link #searchAnswer} and counted.
 */
public final class ReadinessEvalFixture {
    public static final ProjectRef ATL = new ProjectRef(10_001, "ATL", "Atlas Platform");
    public static final ProjectRef SEC = new ProjectRef(10_003, "SEC", "Security Hardening");
    public static final UserRef PETE = new UserRef("pete", "Pete PM");
    public static final UserRef VIC = new UserRef("vic", "Vic Viewer");
    public static final UserRef MIA = new UserRef("mia", "Mia Marketing");
    public static final UserRef OLGA = new UserRef("olga", "Olga Ops");
    public static final UserRef OTTO = new UserRef("otto", "Otto Outsider");
    public static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    public final Map<Long, IssueFacts> issues = new LinkedHashMap<>();
    public final Map<Long, List<IssueLinkFacts>> links = new HashMap<>();
    public final Map<String, GateSetVersion> gateSets = new HashMap<>();
    public final Map<Long, String> bindings = new HashMap<>();
    public final AtomicInteger searches = new AtomicInteger();
    public final AtomicInteger childLookups = new AtomicInteger();
    public final AtomicBoolean licensed = new AtomicBoolean(true);
    public final AtomicBoolean childrenFail = new AtomicBoolean(false);
    /** Answers a search (jql, max) with full visibility; default: nothing matches. */
    public BiFunction<String, Integer, List<IssueFacts>> searchAnswer = (jql, max) -> List.of();
    public final List<String> queries = new ArrayList<>();
    /** The issues whose stored evaluation changed, in order (the portfolio's change hook). */
    public final List<Long> changed = new java.util.concurrent.CopyOnWriteArrayList<>();

    public final EmbeddedActiveObjects ao;
    public final AoTransactions transactions;
    public final AoAuditLog audit;
    public final AoPrdRepository prds;
    public final AoGateApprovalRepository approvals;
    public final AoReadinessEvaluationRepository evaluations;
    public final ReadinessCache cache;
    public final ReadinessEvaluator evaluator;
    public final ReadinessService service;
    public final LaunchGuard guard;
    public final Access access;
    /** The real gate-set side over the same storage; {@link #useStoredGateSets} makes evaluations read it. */
    public final GateSetService gateSetService;
    public final IssueDirectory directory = new Directory();
    private volatile boolean storedGateSets;
    public final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private UserRef caller = PETE;

    public ReadinessEvalFixture(EntityManager entityManager) {
        ao = new EmbeddedActiveObjects(entityManager);
        RevisionGuard guardRevisions = new RevisionGuard(ao, clock);
        transactions = new AoTransactions(ao, guardRevisions);
        audit = new AoAuditLog(ao);
        prds = new AoPrdRepository(ao, guardRevisions, new SectionContentJson());
        approvals = new AoGateApprovalRepository(ao);
        evaluations = new AoReadinessEvaluationRepository(ao);
        AccessPolicy policy = new AccessPolicy() {
            @Override
            public boolean canBrowse(UserRef user, IssueFacts issue) {
                if (user == null || user.equals(OTTO)) {
                    return false;
                }
                return !issue.project().equals(SEC) || user.equals(OLGA);
            }

            @Override
            public boolean canEdit(UserRef user, IssueFacts issue) {
                return PETE.equals(user);
            }

            @Override
            public boolean isAdmin(UserRef user) {
                return false;
            }
        };
        Map<String, UserRef> users = Map.of("pete", PETE, "vic", VIC, "mia", MIA, "olga", OLGA, "otto", OTTO);
        Map<String, Set<String>> groups = Map.of("marketing", Set.of("mia"), AppSettings.DEFAULT_OPS_GROUP, Set.of("olga"));
        UserDirectory userDirectory = new UserDirectory() {
            @Override
            public Optional<UserRef> findByKey(String userKey) {
                return Optional.ofNullable(users.get(userKey));
            }

            @Override
            public boolean isInGroup(String userKey, String groupName) {
                return groups.getOrDefault(groupName, Set.of()).contains(userKey);
            }
        };
        SettingsRepository settings = new SettingsRepository() {
            @Override
            public AppSettings load() {
                return AppSettings.defaults();
            }

            @Override
            public AppSettings save(String opsGroup, int expectedRevision, String userKey) {
                throw new UnsupportedOperationException();
            }
        };
        access = new Access(() -> Optional.ofNullable(caller), directory, policy, userDirectory, settings);
        ProjectDirectory projects = new ProjectDirectory() {
            @Override
            public Optional<ProjectRef> findByKey(String projectKey) {
                return java.util.stream.Stream.of(ATL, SEC).filter(p -> p.key().equalsIgnoreCase(projectKey)).findFirst();
            }

            @Override
            public Optional<ProjectRef> findById(long projectId) {
                return java.util.stream.Stream.of(ATL, SEC).filter(p -> p.id() == projectId).findFirst();
            }
        };
        gateSetService = new GateSetService(new AoConfigDocRepository(ao, guardRevisions), new JacksonGateSetCodec(), directory, fieldId -> true,
                new AoGateBindingRepository(ao, guardRevisions), projects, access, audit, transactions);
        GateSetLookup stored = new GateSetLookup(gateSetService);
        PublishedGateSets published = new PublishedGateSets() {
            @Override
            public Optional<GateSetVersion> latest(String gatesetKey) {
                return storedGateSets ? stored.latest(gatesetKey) : Optional.ofNullable(gateSets.get(gatesetKey));
            }

            @Override
            public Optional<String> boundTo(IssueFacts issue) {
                return storedGateSets ? stored.boundTo(issue) : Optional.ofNullable(bindings.get(issue.project().id()));
            }
        };
        IssueFieldValues fields = (issue, ids) -> {
            Map<String, FieldValue> out = new HashMap<>();
            for (String id : ids) {
                out.put(id, switch (id) {
                    case "duedate" -> FieldValue.of(issue.dueDate() != null);
                    case "assignee" -> FieldValue.of(issue.assignee() != null);
                    case "fixVersions", "components" -> FieldValue.of(false);
                    default -> FieldValue.UNKNOWN_FIELD;
                });
            }
            return out;
        };
        cache = new ReadinessCache(new LocalClusterCaches(clock), evaluations);
        ReadinessFactsCollector collector = new ReadinessFactsCollector(directory, new PrdRepositoryFacts(prds), fields,
                ExperimentDecisions.UNAVAILABLE, approvals, cache);
        evaluator = new ReadinessEvaluator(published, collector, evaluations, cache, clock, changed::addAll);
        ReaderMessages messages = new ReaderMessages(directory, policy, UserPreferences.DEFAULTS);
        service = new ReadinessService(access, evaluator, approvals, evaluations, messages, userDirectory, audit, transactions, clock);
        guard = new LaunchGuard(cache, evaluator, evaluations, messages, licensed::get, audit, transactions, clock);
    }

    /** Evaluations read gate sets and bindings from storage (installed with {@link #install}) instead of the maps. */
    public ReadinessEvalFixture useStoredGateSets() {
        storedGateSets = true;
        return this;
    }

    /** Installs a gate set as its published version 1, as the built-in one is installed. */
    public void install(io.prodops.governance.readiness.domain.GateSet set) {
        transactions.inTransaction(() -> gateSetService.installBuiltIn(set, "installed by the test"));
    }

    public ReadinessEvalFixture as(UserRef user) {
        caller = user;
        return this;
    }

    public IssueFacts add(long id, String key, ProjectRef project, String type, StatusCategory category, LocalDate due, Long parentId) {
        IssueFacts issue = new IssueFacts(id, key, "Summary of " + key, project, type, category == StatusCategory.DONE ? "Done" : "In Progress",
                category, null, due, parentId);
        issues.put(id, issue);
        return issue;
    }

    public void blocks(IssueFacts blocker, IssueFacts blocked) {
        links.computeIfAbsent(blocked.id(), k -> new ArrayList<>()).add(new IssueLinkFacts("Blocks", IssueLinkFacts.Direction.INWARD, blocker.id()));
        links.computeIfAbsent(blocker.id(), k -> new ArrayList<>()).add(new IssueLinkFacts("Blocks", IssueLinkFacts.Direction.OUTWARD, blocked.id()));
    }

    /** A PRD in {@code status} with one required section, filled or not. */
    public void prd(IssueFacts issue, PrdStatus status, boolean filled) {
        TemplateSection section = new TemplateSection("goals", "Goals", SectionKind.RICH_TEXT, true, null, null, null, null, null);
        prds.create(issue.id(), issue.project().id(), "STANDARD_PRD", 1,
                List.of(new PrdRepository.NewSection(0, section, new SectionContent.RichText(filled ? "<p>Why</p>" : ""), filled)), "pete");
        if (status != PrdStatus.DRAFT) {
            prds.saveState(issue.id(), status, filled ? 1.0 : 0.0, null, 1, "pete");
        }
    }

    public Licensing licensing() {
        return licensed::get;
    }

    public static ZoneId utc() {
        return ZoneId.of("UTC");
    }

    private final class Directory implements IssueDirectory {
        @Override
        public Optional<IssueFacts> findByKey(String issueKey) {
            return issues.values().stream().filter(i -> i.key().equals(issueKey)).findFirst();
        }

        @Override
        public Optional<IssueFacts> findById(long issueId) {
            return Optional.ofNullable(issues.get(issueId));
        }

        @Override
        public List<IssueFacts> children(long issueId) {
            childLookups.incrementAndGet();
            if (childrenFail.get()) {
                throw new IllegalStateException("host down");
            }
            return issues.values().stream().filter(i -> Long.valueOf(issueId).equals(i.parentId())).toList();
        }

        @Override
        public List<IssueLinkFacts> links(long issueId) {
            return links.getOrDefault(issueId, List.of());
        }

        @Override
        public SearchPage search(String jql, int start, int max, Optional<UserRef> searcher) {
            if (searcher.isPresent()) {
                throw new AssertionError("readiness searches run with full visibility");
            }
            searches.incrementAndGet();
            queries.add(jql + " [max " + max + "]");
            if (jql.contains("!!")) {
                throw new InvalidQueryException("Error in the JQL Query: '!!' is not allowed");
            }
            List<IssueFacts> hits = searchAnswer.apply(jql, max);
            return new SearchPage(hits.subList(0, Math.min(max, hits.size())), hits.size());
        }

        public void validateJql(String jql) {
        }
    }

    public static Set<String> set(String... values) {
        return new HashSet<>(List.of(values));
    }
}

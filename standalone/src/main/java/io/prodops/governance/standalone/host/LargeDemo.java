package io.prodops.governance.standalone.host;

import io.prodops.governance.common.domain.UserRef;
import io.prodops.governance.common.port.Transactions;
import io.prodops.governance.common.port.UserDirectory;
import io.prodops.governance.experiment.domain.Decision;
import io.prodops.governance.experiment.domain.DecisionRecord;
import io.prodops.governance.experiment.domain.DesignInput;
import io.prodops.governance.experiment.domain.DesignInput.HypothesisInput;
import io.prodops.governance.experiment.domain.DesignInput.MetricInput;
import io.prodops.governance.experiment.domain.DesignInput.VariantInput;
import io.prodops.governance.experiment.domain.DesignValidator;
import io.prodops.governance.experiment.domain.ExperimentDesign;
import io.prodops.governance.experiment.domain.ExperimentStatus;
import io.prodops.governance.experiment.domain.ResultSnapshot;
import io.prodops.governance.experiment.domain.ResultSource;
import io.prodops.governance.experiment.domain.stats.VariantResult;
import io.prodops.governance.experiment.storage.AoExperimentRepository;
import io.prodops.governance.prd.domain.PrdRepository;
import io.prodops.governance.prd.domain.PrdStatus;
import io.prodops.governance.prd.domain.PublishedTemplate;
import io.prodops.governance.prd.domain.SectionRules;
import io.prodops.governance.prd.domain.StandardPrdTemplate;
import io.prodops.governance.prd.domain.StarterContent;
import io.prodops.governance.prd.domain.TemplateSection;
import io.prodops.governance.prd.domain.TemplateService;
import io.prodops.governance.prd.storage.AoPrdRepository;
import io.prodops.governance.common.domain.RichTextSanitizer;
import io.prodops.governance.prd.domain.Placeholders;
import io.prodops.governance.readiness.domain.Evaluation;
import io.prodops.governance.readiness.domain.GateBinding;
import io.prodops.governance.readiness.domain.GateBindingInput;
import io.prodops.governance.readiness.domain.GateKind;
import io.prodops.governance.readiness.domain.GateResult;
import io.prodops.governance.readiness.domain.GateSetService;
import io.prodops.governance.readiness.domain.GateStatus;
import io.prodops.governance.readiness.domain.IssueList;
import io.prodops.governance.readiness.domain.IssueMention;
import io.prodops.governance.readiness.domain.Message;
import io.prodops.governance.readiness.domain.SignOffInfo;
import io.prodops.governance.readiness.domain.StandardLaunchGateSet;
import io.prodops.governance.readiness.storage.AoReadinessEvaluationRepository;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The large demo ({@code --large-demo}): on the first start of an empty data directory, after the normal demo,
 * {@code initiatives} initiatives and epics in {@value #PROJECTS} more projects, about ten stories and bugs under each,
 * PRDs in every status for about 60 % of them, a stored latest readiness evaluation for about 85 % (computed here from
 * the generated facts with the Standard launch gate set's gates and messages: no gate runs per row), and one or two
 * experiments informing every eighth (some with a sample-ratio mismatch). Deterministic: a fixed seed and dates
 * relative to the first start's day.
 * <p>
 * Fast on purpose: host rows go in with batched JDBC inserts in one transaction; the app's rows through its AO
 * repositories (no services, so no audit entries and no per-row summary refresh) in one AO transaction per
 * {@value #CHUNK} initiatives. The summary rows are built by the start-up reconcile afterwards.
 * <p>
 * Permissions: projects 1..12 are browsable by every user (vic sees those), 13..20 only by ops managers (olga) and
 * admins; product managers (pete) edit every third project.
 */
public final class LargeDemo {
    public static final int DEFAULT_INITIATIVES = 10_000;
    public static final int PROJECTS = 20;
    /** Projects with index below this are browsable by every user; the rest by ops managers only. */
    public static final int PUBLIC_PROJECTS = 12;
    static final long FIRST_PROJECT_ID = 20_000;
    static final long FIRST_ISSUE_ID = 2_000_000;
    static final long SEED = 20261202L;
    static final int CHUNK = 500;
    static final String[] KEYS = {"ORION", "VEGA", "LYRA", "DRACO", "CYGNUS", "PERSEUS", "AQUILA", "CARINA", "FORNAX", "HYDRA",
            "LUPUS", "MENSA", "NORMA", "PAVO", "PYXIS", "SCUTUM", "TAURUS", "VELA", "ARIES", "CETUS"};
    /** The keys of the generated projects. */
    public static java.util.List<String> keys() {
        return java.util.List.of(KEYS);
    }

    private static final String[] THEMES = {"checkout", "search", "onboarding", "billing", "notifications", "reporting", "mobile app",
            "partner API", "data export", "permissions", "pricing page", "recommendations", "support chat", "invoicing", "audit trail"};
    private static final String[] VERBS = {"Faster", "Simpler", "Self-service", "Personalised", "Reliable", "Accessible", "Global",
            "Automated", "Secure", "Real-time"};
    private static final String[] STATUSES = {"To Do", "In Progress", "In Review", "Done"};
    private static final String[] ASSIGNEES = {"JIRAUSER10100", "JIRAUSER10101", "admin", "JIRAUSER10102", DemoLaunch.MARKETING_USER_KEY, null};

    private final HostDatabase db;
    private final Transactions transactions;
    private final AoPrdRepository prds;
    private final TemplateService templates;
    private final SectionRules sectionRules;
    private final AoReadinessEvaluationRepository evaluations;
    private final AoExperimentRepository experiments;
    private final GateSetService gateSets;
    private final RequestCurrentUser currentUser;
    private final UserDirectory users;
    private final Clock clock;

    public LargeDemo(HostDatabase db, Transactions transactions, AoPrdRepository prds, TemplateService templates, RichTextSanitizer sanitizer,
                     AoReadinessEvaluationRepository evaluations, AoExperimentRepository experiments, GateSetService gateSets,
                     RequestCurrentUser currentUser, UserDirectory users, Clock clock) {
        this.db = db;
        this.transactions = transactions;
        this.prds = prds;
        this.templates = templates;
        this.sectionRules = new SectionRules(sanitizer);
        this.evaluations = evaluations;
        this.experiments = experiments;
        this.gateSets = gateSets;
        this.currentUser = currentUser;
        this.users = users;
        this.clock = clock;
    }

    /** What one initiative got, to write the app's rows after the host rows. */
    private record Generated(long id, String key, String summary, long projectId, String type, String statusCategory, String assignee,
                             LocalDate due, List<Child> children, List<Long> experimentIds, PrdStatus prd, boolean evaluated,
                             boolean signedOff) {
    }

    private record Child(long id, String key, String summary, boolean done) {
    }

    /** What was created, for the start banner and tests. */
    public record Result(int initiatives, int children, int prds, int evaluations, int experiments, long hostMillis, long appMillis) {
    }

    public Result seed(int initiatives) {
        if (initiatives < 1) {
            throw new IllegalArgumentException("initiatives must be positive: " + initiatives);
        }
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        Random random = new Random(SEED);
        long started = System.nanoTime();
        List<Generated> generated = new ArrayList<>(initiatives);
        int[] children = {0};
        db.inTransaction(c -> {
            writeProjects(c);
            try (PreparedStatement issue = c.prepareStatement("INSERT INTO HOST_ISSUE (ID, ISSUE_KEY, PROJECT_ID, ISSUE_TYPE, SUMMARY, STATUS,"
                    + " STATUS_CATEGORY, ASSIGNEE_KEY, DUE_DATE, PARENT_ID) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement link = c.prepareStatement("INSERT INTO HOST_ISSUE_LINK (LINK_TYPE, SOURCE_ID, DEST_ID) VALUES (?, ?, ?)")) {
                long nextId = FIRST_ISSUE_ID;
                int[] numbers = new int[PROJECTS];
                int pending = 0;
                for (int i = 0; i < initiatives; i++) {
                    int p = i % PROJECTS;
                    long projectId = FIRST_PROJECT_ID + p;
                    long id = nextId++;
                    String key = KEYS[p] + "-" + ++numbers[p];
                    String type = random.nextInt(10) < 3 ? "Initiative" : "Epic";
                    String status = STATUSES[random.nextInt(STATUSES.length)];
                    String category = category(status);
                    String assignee = ASSIGNEES[random.nextInt(ASSIGNEES.length)];
                    LocalDate due = random.nextInt(10) == 0 ? null : today.plusDays(random.nextInt(1096) - 548);
                    String summary = VERBS[random.nextInt(VERBS.length)] + " " + THEMES[random.nextInt(THEMES.length)] + " " + (i + 1);
                    add(issue, id, key, projectId, type, summary, status, category, assignee, due, null);
                    int childCount = 6 + random.nextInt(9); // 6..14, about 10 on average
                    List<Child> kids = new ArrayList<>(childCount);
                    for (int k = 0; k < childCount; k++) {
                        long childId = nextId++;
                        String childKey = KEYS[p] + "-" + ++numbers[p];
                        boolean bug = random.nextInt(5) == 0;
                        // done initiatives have done children; others a mix
                        String childStatus = category.equals("DONE") ? "Done" : STATUSES[random.nextInt(STATUSES.length)];
                        String childSummary = (bug ? "Fix " : "Build ") + THEMES[random.nextInt(THEMES.length)] + " part " + (k + 1) + " of " + key;
                        add(issue, childId, childKey, projectId, bug ? "Bug" : "Story", childSummary, childStatus, category(childStatus),
                                ASSIGNEES[random.nextInt(ASSIGNEES.length)], null, id);
                        kids.add(new Child(childId, childKey, childSummary, childStatus.equals("Done")));
                    }
                    children[0] += childCount;
                    List<Long> experimentIds = new ArrayList<>();
                    if (i % 8 == 3) {
                        int count = 1 + random.nextInt(2);
                        for (int e = 0; e < count; e++) {
                            long experimentId = nextId++;
                            add(issue, experimentId, KEYS[p] + "-" + ++numbers[p], projectId, "Experiment", "Experiment " + (e + 1) + " for " + key,
                                    "Running", "IN_PROGRESS", "JIRAUSER10101", null, null);
                            link.setString(1, DemoData.EXPERIMENT_LINK);
                            link.setLong(2, experimentId);
                            link.setLong(3, id);
                            link.addBatch();
                            experimentIds.add(experimentId);
                        }
                    }
                    int prdRoll = random.nextInt(100);
                    PrdStatus prd = prdRoll < 40 ? null : PrdStatus.values()[prdRoll % PrdStatus.values().length];
                    if (category.equals("DONE") && prd != null) {
                        prd = PrdStatus.APPROVED; // what launched was approved
                    }
                    boolean evaluated = random.nextInt(100) < 85;
                    boolean signedOff = random.nextInt(100) < 40;
                    generated.add(new Generated(id, key, summary, projectId, type, category, assignee, due, kids, experimentIds, prd, evaluated, signedOff));
                    if (++pending >= 200) {
                        issue.executeBatch();
                        link.executeBatch();
                        pending = 0;
                    }
                }
                issue.executeBatch();
                link.executeBatch();
            }
            return null;
        });
        long hostMillis = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        bindGateSet();
        PublishedTemplate template = templates.find(StandardPrdTemplate.KEY, null)
                .orElseThrow(() -> new IllegalStateException("the Standard PRD template is not published yet"));
        ExperimentDesign design = DesignValidator.validate(new DesignInput(
                new HypothesisInput("a clearer call to action", "more completed tasks", "task completion"),
                new MetricInput("Task completion", "CONVERSION", "INCREASE"), List.of(),
                List.of(new VariantInput("Control", 50.0, true), new VariantInput("Treatment", 50.0, false)),
                0.05, 0.8, 0.10, 0.10, null, null, 2000.0, null, null));
        int[] counts = new int[3];
        Random appRandom = new Random(SEED + 1);
        for (int from = 0; from < generated.size(); from += CHUNK) {
            List<Generated> chunk = generated.subList(from, Math.min(generated.size(), from + CHUNK));
            transactions.inTransaction(() -> {
                for (Generated g : chunk) {
                    writeApp(g, template, design, appRandom, now, counts);
                }
                return null;
            });
        }
        long appMillis = (System.nanoTime() - started) / 1_000_000;
        return new Result(initiatives, children[0], counts[0], counts[1], counts[2], hostMillis, appMillis);
    }

    private void writeApp(Generated g, PublishedTemplate template, ExperimentDesign design, Random random, Instant now, int[] counts) {
        String author = g.assignee() == null ? "JIRAUSER10101" : g.assignee();
        if (g.prd() != null) {
            Map<String, String> values = Map.of(Placeholders.ISSUE_KEY, g.key(), Placeholders.ISSUE_SUMMARY, g.summary(), Placeholders.PROJECT_NAME, "",
                    Placeholders.USER_DISPLAY_NAME, "", Placeholders.TODAY, now.atOffset(ZoneOffset.UTC).toLocalDate().toString());
            List<PrdRepository.NewSection> sections = new ArrayList<>();
            int position = 0;
            for (TemplateSection section : template.template().sections()) {
                var content = StarterContent.of(section, values);
                sections.add(new PrdRepository.NewSection(position++, section, content, sectionRules.filled(content)));
            }
            prds.create(g.id(), g.projectId(), StandardPrdTemplate.KEY, template.version(), sections, author);
            double completeness = g.prd() == PrdStatus.APPROVED ? 1.0 : Math.round(random.nextDouble() * 10) / 10.0;
            prds.saveState(g.id(), g.prd(), completeness, null, 1, author);
            counts[0]++;
        }
        List<Decision> decisions = new ArrayList<>();
        for (long experimentId : g.experimentIds()) {
            experiments.create(experimentId, g.projectId(), design, "JIRAUSER10101");
            int roll = random.nextInt(10);
            ExperimentStatus status = roll < 2 ? ExperimentStatus.DESIGN : roll < 5 ? ExperimentStatus.RUNNING : roll < 6 ? ExperimentStatus.ANALYSIS
                    : roll < 9 ? ExperimentStatus.DECIDED : ExperimentStatus.ABANDONED;
            DecisionRecord decision = null;
            if (status == ExperimentStatus.DECIDED) {
                Decision d = Decision.values()[random.nextInt(Decision.values().length)];
                decision = new DecisionRecord(d, "Decided on the planned sample.", null, "JIRAUSER10101", now.minus(random.nextInt(60) + 1, ChronoUnit.DAYS));
                decisions.add(d);
            } else {
                decisions.add(null);
            }
            if (status != ExperimentStatus.DESIGN) {
                experiments.save(experimentId, design, status, decision, 1, "JIRAUSER10101");
            }
            if (status == ExperimentStatus.RUNNING || status == ExperimentStatus.ANALYSIS || status == ExperimentStatus.DECIDED) {
                long control = 10_000 + random.nextInt(2_000);
                // one in four is off its 50/50 allocation by 10 %: a sample-ratio mismatch
                long treatment = random.nextInt(4) == 0 ? control * 11 / 10 : control + random.nextInt(100) - 50;
                experiments.addSnapshot(experimentId, ResultSource.API, new ResultSnapshot.Results(List.of(
                        VariantResult.conversion("Control", control, control / 10),
                        VariantResult.conversion("Treatment", treatment, treatment / 10 + random.nextInt(200) - 50)), List.of()), "JIRAUSER10101");
            }
            counts[2]++;
        }
        if (g.evaluated()) {
            List<GateResult> gates = gates(g, decisions, now);
            boolean ready = gates.stream().noneMatch(GateResult::blocks);
            Instant at = now.minus(random.nextInt(14 * 24 * 60), ChronoUnit.MINUTES);
            evaluations.storeLatest(g.projectId(), new Evaluation(StandardLaunchGateSet.KEY, 1, g.id(), at, ready, gates));
            counts[1]++;
        }
    }

    /** The Standard launch gate set's gates, decided from the generated facts with the messages the engine uses. */
    private static List<GateResult> gates(Generated g, List<Decision> decisions, Instant now) {
        String p = "prodops.readiness.";
        List<GateResult> out = new ArrayList<>();
        boolean approved = g.prd() == PrdStatus.APPROVED;
        out.add(gate("prd-approved", "PRD approved", GateKind.PRD_APPROVED, true, approved ? GateStatus.PASS : GateStatus.FAIL,
                g.prd() == null ? Message.of(p + "prd.none") : approved ? Message.of(p + "prd.approved")
                        : Message.of(p + "prd.status." + g.prd().name().toLowerCase(java.util.Locale.ROOT)), List.of(), null));
        List<Child> open = g.children().stream().filter(c -> !c.done()).toList();
        List<Message> evidence = new ArrayList<>();
        open.stream().limit(5).forEach(c -> evidence.add(Message.of(p + "issue.open", new IssueMention(c.id(), c.key(), c.summary()), "In Progress")));
        out.add(gate("children-done", "All child issues done", GateKind.CHILDREN_DONE, true, open.isEmpty() ? GateStatus.PASS : GateStatus.FAIL,
                open.isEmpty() ? Message.of(p + "children.done", g.children().size())
                        : Message.of(p + "children.open", g.children().size() - open.size(), g.children().size(),
                        new IssueList(open.stream().limit(5).map(c -> new IssueMention(c.id(), c.key(), c.summary())).toList()), open.size()),
                evidence, null));
        out.add(gate("blockers-resolved", "Blocking issues resolved", GateKind.LINKS_RESOLVED, true, GateStatus.PASS,
                Message.of(p + "links.none", "is blocked by"), List.of(), null));
        out.add(gate("due-date-set", "Due date set", GateKind.FIELD_SET, true, g.due() != null ? GateStatus.PASS : GateStatus.FAIL,
                Message.of(p + (g.due() != null ? "field.set" : "field.empty"), "Due date"), List.of(), null));
        SignOffInfo signOff = g.signedOff() ? new SignOffInfo(DemoLaunch.MARKETING_USER_KEY, now.minus(3, ChronoUnit.DAYS), null) : null;
        out.add(gate("marketing-signoff", "Marketing ready", GateKind.SIGN_OFF, true, g.signedOff() ? GateStatus.PASS : GateStatus.PENDING,
                g.signedOff() ? Message.of(p + "signoff.done", signOff.signedAt(), StandardLaunchGateSet.MARKETING_GROUP)
                        : Message.of(p + "signoff.waiting", StandardLaunchGateSet.MARKETING_GROUP), List.of(), signOff));
        long undecided = decisions.stream().filter(d -> d == null).count();
        out.add(gate("experiments-decided", "Experiments decided", GateKind.EXPERIMENTS_DECIDED, false,
                undecided == 0 ? GateStatus.PASS : GateStatus.FAIL,
                decisions.isEmpty() ? Message.of(p + "experiments.none")
                        : undecided == 0 ? Message.of(p + "experiments.decided", decisions.size())
                        : Message.of(p + "experiments.undecided", decisions.size() - undecided, decisions.size(), new IssueList(List.of()), undecided),
                List.of(), null));
        return out;
    }

    private static GateResult gate(String key, String title, GateKind kind, boolean required, GateStatus status, Message reason,
                                   List<Message> evidence, SignOffInfo signOff) {
        return new GateResult(key, title, kind, required, status, reason, evidence, signOff, null);
    }

    /** The Standard launch gate set for the initiatives and epics of the new projects, next to the demo's bindings. */
    private void bindGateSet() {
        UserRef olga = users.findByKey("JIRAUSER10100").orElseThrow(() -> new IllegalStateException("demo user olga missing"));
        try {
            currentUser.bind(olga);
            var current = gateSets.bindings();
            List<GateBindingInput> inputs = new ArrayList<>();
            for (GateBinding b : current.bindings()) {
                inputs.add(new GateBindingInput(null, b.project().id(), b.issueTypes(), b.gateset()));
            }
            for (int p = 0; p < PROJECTS; p++) {
                inputs.add(new GateBindingInput(KEYS[p], null, DemoLaunch.LAUNCHED_TYPES, StandardLaunchGateSet.KEY));
            }
            gateSets.saveBindings(inputs, current.revision());
        } finally {
            currentUser.clear();
        }
    }

    private static void writeProjects(Connection c) throws SQLException {
        try (PreparedStatement project = c.prepareStatement("INSERT INTO HOST_PROJECT (ID, PROJECT_KEY, NAME, LEAD_KEY) VALUES (?, ?, ?, ?)");
             PreparedStatement permission = c.prepareStatement("INSERT INTO HOST_PERMISSION (PROJECT_ID, PERMISSION, GROUP_NAME) VALUES (?, ?, ?)")) {
            for (int p = 0; p < PROJECTS; p++) {
                long id = FIRST_PROJECT_ID + p;
                project.setLong(1, id);
                project.setString(2, KEYS[p]);
                project.setString(3, KEYS[p].charAt(0) + KEYS[p].substring(1).toLowerCase(java.util.Locale.ROOT) + " Programme");
                project.setString(4, p % 2 == 0 ? "JIRAUSER10101" : "JIRAUSER10100");
                project.addBatch();
                grant(permission, id, HostAccessPolicy.BROWSE, p < PUBLIC_PROJECTS ? DemoData.USERS_GROUP : DemoData.OPS_GROUP);
                grant(permission, id, HostAccessPolicy.EDIT, DemoData.OPS_GROUP);
                if (p % 3 == 0) {
                    grant(permission, id, HostAccessPolicy.EDIT, DemoData.PM_GROUP);
                }
            }
            project.executeBatch();
            permission.executeBatch();
        }
    }

    private static void grant(PreparedStatement s, long projectId, String permission, String group) throws SQLException {
        s.setLong(1, projectId);
        s.setString(2, permission);
        s.setString(3, group);
        s.addBatch();
    }

    private static String category(String status) {
        return switch (status) {
            case "Done" -> "DONE";
            case "In Progress", "In Review" -> "IN_PROGRESS";
            default -> "TO_DO";
        };
    }

    private static void add(PreparedStatement s, long id, String key, long projectId, String type, String summary, String status, String category,
                            String assignee, LocalDate due, Long parent) throws SQLException {
        s.setLong(1, id);
        s.setString(2, key);
        s.setLong(3, projectId);
        s.setString(4, type);
        s.setString(5, summary);
        s.setString(6, status);
        s.setString(7, category);
        if (assignee == null) {
            s.setNull(8, Types.VARCHAR);
        } else {
            s.setString(8, assignee);
        }
        if (due == null) {
            s.setNull(9, Types.DATE);
        } else {
            s.setDate(9, Date.valueOf(due));
        }
        if (parent == null) {
            s.setNull(10, Types.BIGINT);
        } else {
            s.setLong(10, parent);
        }
        s.addBatch();
    }
}

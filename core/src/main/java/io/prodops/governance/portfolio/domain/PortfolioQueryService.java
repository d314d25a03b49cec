package io.prodops.governance.portfolio.domain;

import io.prodops.governance.common.domain.Access;
import io.prodops.governance.common.domain.IssueFacts;
import io.prodops.governance.common.domain.NotFoundException;
import io.prodops.governance.common.domain.SearchPage;
import io.prodops.governance.common.domain.StatusCategory;
import io.prodops.governance.common.domain.UserRef;
import io.prodops.governance.common.domain.ValidationException;
import io.prodops.governance.common.domain.VersionedConfig.Version;
import io.prodops.governance.common.port.IssueDirectory;
import io.prodops.governance.common.port.UserDirectory;
import io.prodops.governance.experiment.domain.Decision;
import io.prodops.governance.experiment.domain.ExperimentStatus;
import io.prodops.governance.portfolio.domain.PortfolioResult.Charts;
import io.prodops.governance.portfolio.domain.PortfolioResult.Export;
import io.prodops.governance.portfolio.domain.PortfolioResult.Funnel;
import io.prodops.governance.portfolio.domain.PortfolioResult.Group;
import io.prodops.governance.portfolio.domain.PortfolioResult.MonthCount;
import io.prodops.governance.portfolio.domain.PortfolioResult.Outcomes;
import io.prodops.governance.portfolio.domain.PortfolioResult.Row;
import io.prodops.governance.portfolio.domain.PortfolioResult.Totals;
import io.prodops.governance.portfolio.domain.PortfolioView.Filters;
import io.prodops.governance.portfolio.domain.PortfolioView.GroupBy;
import io.prodops.governance.portfolio.domain.PortfolioView.Sort;
import io.prodops.governance.prd.domain.PrdStatus;
import io.prodops.governance.readiness.domain.ReadinessService;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Answers portfolio requests. The permission filter is the host's search run as the caller: only the ids it returns
 * are joined with the stored summaries, so a row of an issue the caller may not browse never appears. Everything else
 * (owner, health, status category, quarter, text) is filtered, sorted, grouped and counted in memory over compact
 * stored rows; nothing is evaluated per row except health, recomputed in memory when the stored colour is from
 * another day or rules version.
 */
@Named
public class PortfolioQueryService {
    /** Jira 11's search returns at most this many hits per query; past it the answer is marked truncated. */
    public static final int HOST_CAP = 10_000;
    public static final int SEARCH_PAGE = 1000;
    /** The JQL scope is bounded like the readiness JQL gate's query. */
    public static final int JQL_MAX = 4000;
    /** At most this many rows missing a summary are built during one request; the reconcile job builds the rest. */
    public static final int BUILD_ON_THE_FLY_MAX = PortfolioSummaryRepository.BATCH;
    public static final String NO_TARGET = "none";
    public static final String NO_TARGET_LABEL = "No target date";
    public static final String UNASSIGNED_LABEL = "Unassigned";

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern ORDER_BY = Pattern.compile("(?i)\\border\\s+by\\b");
    private static final Pattern KEY_NUMBER = Pattern.compile("^(.*)-(\\d{1,18})$");

    private final Access access;
    private final IssueDirectory issues;
    private final UserDirectory users;
    private final PortfolioSummaryRepository summaries;
    private final SummaryRefresh refresh;
    private final PortfolioSettingsRepository settings;
    private final HealthRulesService healthRules;
    private final PortfolioViewLookup views;
    private final ReadinessService readiness;
    private final Clock clock;

    @Inject
    public PortfolioQueryService(Access access, IssueDirectory issues, UserDirectory users, PortfolioSummaryRepository summaries,
                                 SummaryRefresh refresh, PortfolioSettingsRepository settings, HealthRulesService healthRules,
                                 PortfolioViewLookup views, ReadinessService readiness, Clock clock) {
        this.access = access;
        this.issues = issues;
        this.users = users;
        this.summaries = summaries;
        this.refresh = refresh;
        this.settings = settings;
        this.healthRules = healthRules;
        this.views = views;
        this.readiness = readiness;
        this.clock = clock;
    }

    /** One page of the portfolio with groups, totals and charts over every matching row. */
    public PortfolioResult page(PortfolioQuery query) {
        int page = query.page() == null ? 0 : query.page();
        int size = query.size() == null ? PortfolioQuery.DEFAULT_SIZE : query.size();
        if (page < 0) {
            throw ValidationException.of("page", "must be 0 or more");
        }
        if (size < 1 || size > PortfolioQuery.MAX_SIZE) {
            throw ValidationException.of("size", "must be between 1 and " + PortfolioQuery.MAX_SIZE);
        }
        Matched m = match(query);
        Map<HealthColor, Integer> all = counts();
        m.items.forEach(i -> all.merge(i.health.color(), 1, Integer::sum));
        long from = (long) page * size;
        List<Row> rows = new ArrayList<>();
        for (long i = from; i < Math.min(m.items.size(), from + size); i++) {
            rows.add(m.row(m.items.get((int) i)));
        }
        return new PortfolioResult(rows, m.items.size(), page, size, groups(m), new Totals(m.items.size(), all), charts(m.items),
                m.truncated, m.view);
    }

    /**
     * Every matching row, in page order (exports). Checks and filters run now, so a bad request fails before a
     * response starts; the rows are produced one at a time while the export is written.
     */
    public Export export(PortfolioQuery query) {
        Matched m = match(query);
        return new Export(m.items.size(), m.truncated, m.view, () -> m.items.stream().map(m::row).iterator());
    }

    /**
     * The filter choices: projects and owners of every initiative the caller may browse, from the id search alone (the
     * same search as a request's, run as the caller, without reading a stored row), so opening the page costs one
     * search more, not two whole portfolio requests.
     */
    public PortfolioFacets facets() {
        UserRef caller = access.requireUser();
        String jql = typesClause(settings.load());
        Set<String> projects = new HashSet<>();
        Set<String> owners = new HashSet<>();
        boolean truncated = eachHit(jql, caller, null, issue -> {
            projects.add(issue.project().key()); // labelled by key, like the project groups
            owners.add(issue.assignee() == null ? PortfolioQuery.UNASSIGNED : issue.assignee());
        });
        Names names = new Names(users);
        Comparator<PortfolioFacets.Option> byLabel = Comparator.comparing((PortfolioFacets.Option o) -> o.label().toLowerCase(Locale.ROOT))
                .thenComparing(PortfolioFacets.Option::key);
        List<PortfolioFacets.Option> ownerOptions = owners.stream().filter(k -> !k.equals(PortfolioQuery.UNASSIGNED))
                .map(k -> new PortfolioFacets.Option(k, names.of(k).displayName())).sorted(byLabel).collect(Collectors.toCollection(ArrayList::new));
        if (owners.contains(PortfolioQuery.UNASSIGNED)) {
            ownerOptions.add(new PortfolioFacets.Option(PortfolioQuery.UNASSIGNED, UNASSIGNED_LABEL)); // last, like the owner groups
        }
        return new PortfolioFacets(projects.stream().map(k -> new PortfolioFacets.Option(k, k)).sorted(byLabel).toList(), ownerOptions, truncated);
    }

    /**
     * Re-evaluates the issue's readiness (when a gate set applies to it) and rebuilds its summary row: the on-demand
     * refresh of one row whose stored evaluation is stale. The caller must browse the issue.
     */
    public Row refreshRow(String issueKey) {
        IssueFacts issue = access.requireBrowsable(issueKey);
        UserRef caller = access.requireUser();
        try {
            readiness.evaluate(issue.key(), null);
        } catch (NotFoundException e) {
            // no gate set applies (or its set is gone): the row is rebuilt without a readiness evaluation
        }
        refresh.refresh(List.of(issue.id()));
        PortfolioSummary row = summaries.find(issue.id()).orElseThrow(() -> new NotFoundException("NOT_AN_INITIATIVE",
                "Issue " + issue.key() + " is not a portfolio initiative (its type is not one of the configured initiative types)."));
        Rules rules = rules();
        return new Row(row, health(row, rules), row.ownerKey() == null ? null : users.resolve(row.ownerKey()));
    }

    // ---- the pipeline

    /** The caller's matching rows, filtered and in page order. */
    private Matched match(PortfolioQuery query) {
        UserRef caller = access.requireUser();
        PortfolioView view = query.viewId() == null ? null : views.visibleView(query.viewId(), caller)
                .orElseThrow(() -> new NotFoundException("VIEW_NOT_FOUND", "View " + query.viewId() + " does not exist or you may not see it."));
        Filters f = effective(query, view);
        GroupBy groupBy = query.groupBy() != null ? query.groupBy() : view != null ? view.groupBy() : GroupBy.NONE;
        Sort sort = query.sort() != null ? query.sort() : view != null ? view.sort() : Sort.DEFAULT;
        int[] quarter = quarter(f.quarter());
        String jql = jql(f);

        // 1. the ids the caller may see, from the host's search run as them (the permission filter)
        List<Long> ids = new ArrayList<>();
        boolean truncated = eachHit(jql, caller, f, i -> ids.add(i.id()));

        // 2. joined with the stored rows in batches; rows not built yet are built now (bounded) and read again
        Rules rules = rules();
        LocalDate today = rules.today;
        String q = f.q() == null || f.q().isBlank() ? null : f.q().strip().toLowerCase(Locale.ROOT);
        List<Item> items = new ArrayList<>();
        List<Long> missing = new ArrayList<>();
        Consumer<PortfolioSummary> accept = s -> {
            if (matches(s, f, quarter, q)) {
                Health health = health(s, rules);
                if (f.health().isEmpty() || f.health().contains(health.color())) {
                    items.add(Item.of(s, health));
                }
            }
        };
        for (int i = 0; i < ids.size(); i += PortfolioSummaryRepository.BATCH) {
            List<Long> batch = ids.subList(i, Math.min(ids.size(), i + PortfolioSummaryRepository.BATCH));
            Set<Long> found = new HashSet<>();
            for (PortfolioSummary s : summaries.findByIssueIds(batch)) {
                found.add(s.issueId());
                accept.accept(s);
            }
            for (Long id : batch) {
                if (!found.contains(id) && missing.size() < BUILD_ON_THE_FLY_MAX) {
                    missing.add(id);
                }
            }
        }
        if (!missing.isEmpty()) {
            refresh.refresh(missing);
            summaries.findByIssueIds(missing).forEach(accept);
        }

        // 3. sorted (grouped rows together, in group order), ties broken by key
        Names names = new Names(users);
        if (groupBy == GroupBy.OWNER || sort.field() == PortfolioView.SortField.OWNER) {
            items.forEach(i -> names.of(i.s.ownerKey()));
        }
        Comparator<Item> order = sortOrder(sort, names).thenComparing(Item.BY_KEY);
        if (groupBy != GroupBy.NONE) {
            order = groupOrder(groupBy, names).thenComparing(order);
        }
        items.sort(order);
        return new Matched(items, truncated, view, groupBy, names);
    }

    private static Filters effective(PortfolioQuery query, PortfolioView view) {
        Filters v = view == null ? Filters.NONE : view.filters();
        return new Filters(query.projects() != null ? query.projects() : v.projects(), query.owners() != null ? query.owners() : v.owners(),
                query.health() != null ? query.health() : v.health(),
                query.statusCategories() != null ? query.statusCategories() : v.statusCategories(),
                query.quarter() != null ? query.quarter() : v.quarter(), query.q() != null ? query.q() : v.q(),
                query.jql() != null ? query.jql() : v.jql());
    }

    /** Every hit of the search run as the caller, page by page up to the host's cap; whether the cap cut it. */
    private boolean eachHit(String jql, UserRef caller, Filters f, Consumer<IssueFacts> each) {
        int seen = 0;
        for (int start = 0; start < HOST_CAP; start += SEARCH_PAGE) {
            SearchPage hits = search(jql, start, caller, f);
            hits.issues().forEach(each);
            seen += hits.issues().size();
            if (hits.issues().isEmpty() || seen >= Math.min(hits.total(), HOST_CAP)) {
                return hits.total() > HOST_CAP;
            }
        }
        return true;
    }

    private SearchPage search(String jql, int start, UserRef caller, Filters f) {
        try {
            return issues.search(jql, start, Math.min(SEARCH_PAGE, HOST_CAP - start), Optional.of(caller));
        } catch (IssueDirectory.InvalidQueryException e) {
            // the scope parsed alone, so what the host refuses is a project the caller cannot see or that does not exist
            throw ValidationException.of(f == null || f.projects().isEmpty() ? "jql" : "project", "is not accepted by the search: " + e.getMessage());
        }
    }

    /** Initiative types AND the scope AND the projects: what the host's search can filter, pushed down to it. */
    private String jql(Filters f) {
        StringBuilder jql = new StringBuilder(typesClause(settings.load()));
        String scope = f.jql() == null ? null : f.jql().strip();
        if (scope != null && !scope.isEmpty()) {
            if (scope.length() > JQL_MAX) {
                throw ValidationException.of("jql", "must be at most " + JQL_MAX + " characters");
            }
            if (ORDER_BY.matcher(scope).find()) {
                throw ValidationException.of("jql", "must not have ORDER BY: the portfolio sorts with the sort parameter");
            }
            try {
                issues.validateJql(scope);
            } catch (IssueDirectory.InvalidQueryException e) {
                throw ValidationException.of("jql", "does not parse: " + e.getMessage());
            }
            jql.append(" AND (").append(scope).append(')');
        }
        if (!f.projects().isEmpty()) {
            jql.append(" AND project in (").append(f.projects().stream().sorted().map(PortfolioQueryService::quoted)
                    .collect(Collectors.joining(", "))).append(')');
        }
        return jql.toString();
    }

    /** {@code issuetype in ("Initiative", "Epic")}, each name quoted and escaped. */
    static String typesClause(PortfolioSettings settings) {
        return "issuetype in (" + settings.initiativeTypes().stream().map(PortfolioQueryService::quoted).collect(Collectors.joining(", ")) + ")";
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** {@code [year, quarter]}, or null when not filtered. */
    static int[] quarter(String quarter) {
        if (quarter == null || quarter.isBlank()) {
            return null;
        }
        Matcher m = QUARTER.matcher(quarter.strip());
        if (!m.matches()) {
            throw ValidationException.of("quarter", "must look like 2026-Q4 (a year, -Q and 1 to 4)");
        }
        return new int[]{Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }

    static String quarterOf(LocalDate date) {
        return date == null ? NO_TARGET : date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
    }

    private static boolean matches(PortfolioSummary s, Filters f, int[] quarter, String q) {
        if (!f.projects().isEmpty() && !f.projects().contains(s.projectKey())) {
            return false; // also pushed down to the search; checked again in case the key changed since the row was built
        }
        if (!f.owners().isEmpty() && !f.owners().contains(s.ownerKey() == null ? PortfolioQuery.UNASSIGNED : s.ownerKey())) {
            return false;
        }
        if (!f.statusCategories().isEmpty() && !f.statusCategories().contains(s.statusCategory())) {
            return false;
        }
        if (quarter != null && (s.targetDate() == null || s.targetDate().getYear() != quarter[0]
                || (s.targetDate().getMonthValue() - 1) / 3 + 1 != quarter[1])) {
            return false;
        }
        return q == null || s.issueKey().toLowerCase(Locale.ROOT).contains(q)
                || (s.summary() != null && s.summary().toLowerCase(Locale.ROOT).contains(q));
    }

    private Rules rules() {
        Optional<Version<HealthRuleSet>> published = healthRules.published(null);
        return new Rules(published.map(Version::content).orElseGet(HealthRuleSet::defaults), published.map(Version::version).orElse(0),
                LocalDate.now(clock));
    }

    /** The stored health when it was computed today under the current rules, else recomputed in memory (not written). */
    private static Health health(PortfolioSummary s, Rules rules) {
        if (rules.today.equals(s.healthDay()) && s.rulesVersion() == rules.version) {
            return s.health();
        }
        return HealthEvaluator.evaluate(rules.rules, s.healthInputs(), rules.today);
    }

    // ---- order

    private static Comparator<Item> sortOrder(Sort sort, Names names) {
        Comparator<Item> c = switch (sort.field()) {
            case KEY -> Item.BY_KEY;
            case SUMMARY -> Comparator.comparing(i -> i.s.summary(), Comparator.nullsLast(sort.descending()
                    ? String.CASE_INSENSITIVE_ORDER.reversed() : String.CASE_INSENSITIVE_ORDER));
            case PROJECT -> nullsLast(i -> i.s.projectKey(), sort.descending());
            case OWNER -> nullsLast(i -> names.sortName(i.s.ownerKey()), sort.descending());
            case STATUS_CATEGORY -> Comparator.comparing(i -> i.s.statusCategory());
            case TARGET_DATE -> nullsLast(i -> i.s.targetDate(), sort.descending());
            case HEALTH -> Comparator.comparing(i -> i.health.color());
            case UPDATED -> nullsLast(i -> i.s.updatedAt(), sort.descending());
        };
        // nullsLast already applied the direction to the values so that missing values stay last either way
        boolean directed = switch (sort.field()) {
            case KEY, STATUS_CATEGORY, HEALTH -> true;
            default -> false;
        };
        return directed && sort.descending() ? c.reversed() : c;
    }

    private static <T extends Comparable<? super T>> Comparator<Item> nullsLast(Function<Item, T> value, boolean descending) {
        Comparator<T> natural = descending ? Comparator.<T>reverseOrder() : Comparator.<T>naturalOrder();
        return Comparator.comparing(value, Comparator.nullsLast(natural));
    }

    /** Groups in the order a reader expects: projects and owners alphabetically, quarters in time, health worst first; "none" last. */
    private static Comparator<Item> groupOrder(GroupBy groupBy, Names names) {
        return switch (groupBy) {
            case PROJECT -> Comparator.comparing(i -> i.s.projectKey(), Comparator.nullsLast(Comparator.naturalOrder()));
            case QUARTER -> Comparator.comparingInt(i -> i.s.targetDate() == null ? Integer.MAX_VALUE
                    : i.s.targetDate().getYear() * 4 + (i.s.targetDate().getMonthValue() - 1) / 3);
            case OWNER -> Comparator.comparing((Item i) -> names.sortName(i.s.ownerKey()), Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(i -> i.s.ownerKey(), Comparator.nullsLast(Comparator.naturalOrder()));
            case HEALTH -> Comparator.comparing((Item i) -> i.health.color()).reversed();
            case NONE -> (a, b) -> 0;
        };
    }

    // ---- groups, totals, charts

    private static List<Group> groups(Matched m) {
        if (m.groupBy == GroupBy.NONE) {
            return List.of();
        }
        // items are already in group order, so groups appear in the order their first row does
        Map<String, Group> groups = new LinkedHashMap<>();
        for (Item i : m.items) {
            String key = groupKey(m.groupBy, i);
            Group g = groups.computeIfAbsent(key, k -> new Group(k, groupLabel(m.groupBy, i, m.names), 0, counts()));
            g.health().merge(i.health.color(), 1, Integer::sum);
            groups.put(key, new Group(g.key(), g.label(), g.count() + 1, g.health()));
        }
        return groups.values().stream().map(g -> new Group(g.key(), g.label(), g.count(), Map.copyOf(g.health()))).toList();
    }

    private static String groupKey(GroupBy groupBy, Item i) {
        return switch (groupBy) {
            case PROJECT -> i.s.projectKey();
            case QUARTER -> quarterOf(i.s.targetDate());
            case OWNER -> i.s.ownerKey() == null ? PortfolioQuery.UNASSIGNED : i.s.ownerKey();
            case HEALTH -> i.health.color().name();
            case NONE -> "";
        };
    }

    private static String groupLabel(GroupBy groupBy, Item i, Names names) {
        return switch (groupBy) {
            case PROJECT -> i.s.projectKey();
            case QUARTER -> i.s.targetDate() == null ? NO_TARGET_LABEL : quarterOf(i.s.targetDate());
            case OWNER -> i.s.ownerKey() == null ? UNASSIGNED_LABEL : names.of(i.s.ownerKey()).displayName();
            case HEALTH -> i.health.color().name();
            case NONE -> "";
        };
    }

    private static Map<HealthColor, Integer> counts() {
        Map<HealthColor, Integer> counts = new EnumMap<>(HealthColor.class);
        for (HealthColor c : HealthColor.values()) {
            counts.put(c, 0);
        }
        return counts;
    }

    private static Charts charts(List<Item> items) {
        TreeMap<String, Integer> months = new TreeMap<>();
        int prdApproved = 0;
        int ready = 0;
        int launched = 0;
        Map<Decision, Integer> decisions = new EnumMap<>(Decision.class);
        for (Decision d : Decision.values()) {
            decisions.put(d, 0);
        }
        int open = 0;
        for (Item i : items) {
            PortfolioSummary s = i.s;
            if (s.targetDate() != null) {
                months.merge(s.targetDate().toString().substring(0, 7), 1, Integer::sum);
            }
            if (s.prd() != null && s.prd().status() == PrdStatus.APPROVED) {
                prdApproved++;
            }
            if (s.readiness() != null && s.readiness().ready()) {
                ready++;
            }
            if (s.statusCategory() == StatusCategory.DONE) {
                launched++;
            }
            s.experiments().decisions().forEach((d, n) -> decisions.merge(d, n, Integer::sum));
            for (Map.Entry<ExperimentStatus, Integer> e : s.experiments().byStatus().entrySet()) {
                if (!e.getKey().isFinal()) {
                    open += e.getValue();
                }
            }
        }
        List<MonthCount> launches = months.entrySet().stream().map(e -> new MonthCount(e.getKey(), e.getValue())).toList();
        return new Charts(launches, new Funnel(items.size(), prdApproved, ready, launched), new Outcomes(Map.copyOf(decisions), open));
    }

    // ---- working records

    /** A matching row with its effective health and its key split once for sorting (PHX-9 before PHX-10). */
    private record Item(PortfolioSummary s, Health health, String keyPrefix, long keyNumber) {
        static final Comparator<Item> BY_KEY = Comparator.comparing(Item::keyPrefix).thenComparingLong(Item::keyNumber)
                .thenComparing(i -> i.s.issueKey());

        static Item of(PortfolioSummary s, Health health) {
            Matcher m = KEY_NUMBER.matcher(s.issueKey());
            return m.matches() ? new Item(s, health, m.group(1), Long.parseLong(m.group(2))) : new Item(s, health, s.issueKey(), -1);
        }
    }

    private record Rules(HealthRuleSet rules, int version, LocalDate today) {
    }

    /** Owners' display names, asked of the host once per distinct user key in one request. */
    private static final class Names {
        private final UserDirectory users;
        private final Map<String, UserRef> known = new HashMap<>();

        Names(UserDirectory users) {
            this.users = users;
        }

        private final Map<String, String> sortNames = new HashMap<>();

        UserRef of(String key) {
            return known.computeIfAbsent(key, users::resolve);
        }

        /** The display name for sorting (case-insensitive), null when unassigned. */
        String sortName(String key) {
            return key == null ? null : sortNames.computeIfAbsent(key, k -> of(k).displayName().toLowerCase(Locale.ROOT));
        }
    }

    private record Matched(List<Item> items, boolean truncated, PortfolioView view, GroupBy groupBy, Names names) {
        Row row(Item i) {
            return new Row(i.s, i.health, i.s.ownerKey() == null ? null : names.of(i.s.ownerKey()));
        }
    }
}

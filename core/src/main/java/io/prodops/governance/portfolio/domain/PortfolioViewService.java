package io.prodops.governance.portfolio.domain;

import io.prodops.governance.common.domain.Access;
import io.prodops.governance.common.domain.AccessDeniedException;
import io.prodops.governance.common.domain.AuditEntry;
import io.prodops.governance.common.domain.AuditLog;
import io.prodops.governance.common.domain.FieldError;
import io.prodops.governance.common.domain.NotFoundException;
import io.prodops.governance.common.domain.Page;
import io.prodops.governance.common.domain.PageRequest;
import io.prodops.governance.common.domain.StatusCategory;
import io.prodops.governance.common.domain.UserRef;
import io.prodops.governance.common.domain.ValidationException;
import io.prodops.governance.common.port.IssueDirectory;
import io.prodops.governance.common.port.Transactions;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Saved portfolio views. Everyone logged in keeps views of their own; ops managers may share a view with everyone.
 * Who may do what: a user sees their own views and every shared one (anything else is 404, not to leak its name);
 * a private view is edited by its owner, a shared one by ops managers; only ops managers set {@code shared}; a view
 * is deleted by its owner, or a shared one by an ops manager. Every write is one transaction with its audit event.
 */
@Named
public class PortfolioViewService implements PortfolioViewLookup {
    public static final String AUDIT_SUBJECT = "PORTFOLIO_VIEW";
    /** Keeps the per-owner name check (done in Java, names are compared case-insensitively) and listings small. */
    public static final int MAX_PER_OWNER = 100;
    public static final int LIST_MAX = 100;
    public static final int ITEM_MAX = 255;
    public static final int Q_MAX = 255;
    /** Like the readiness JQL gate's bound. */
    public static final int JQL_MAX = 4000;
    public static final Pattern QUARTER = Pattern.compile("\\d{4}-Q[1-4]");
    private static final Pattern ORDER_BY = Pattern.compile("(?i)\\border\\s+by\\b");

    /** The REST names of sort fields (the portfolio query's {@code sort} parameter uses the same). */
    public static final Map<String, PortfolioView.SortField> SORT_FIELDS;

    static {
        Map<String, PortfolioView.SortField> m = new LinkedHashMap<>();
        m.put("key", PortfolioView.SortField.KEY);
        m.put("summary", PortfolioView.SortField.SUMMARY);
        m.put("project", PortfolioView.SortField.PROJECT);
        m.put("owner", PortfolioView.SortField.OWNER);
        m.put("statusCategory", PortfolioView.SortField.STATUS_CATEGORY);
        m.put("targetDate", PortfolioView.SortField.TARGET_DATE);
        m.put("health", PortfolioView.SortField.HEALTH);
        m.put("updatedAt", PortfolioView.SortField.UPDATED);
        SORT_FIELDS = java.util.Collections.unmodifiableMap(m);
    }

    private final PortfolioViewRepository views;
    private final Access access;
    private final IssueDirectory issues;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    @Inject
    public PortfolioViewService(PortfolioViewRepository views, Access access, IssueDirectory issues, AuditLog audit, Transactions transactions,
                                Clock clock) {
        this.views = views;
        this.access = access;
        this.issues = issues;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    public static String sortParam(PortfolioView.SortField field) {
        return SORT_FIELDS.entrySet().stream().filter(e -> e.getValue() == field).findFirst().orElseThrow().getKey();
    }

    public UserRef requireUser() {
        return access.requireUser();
    }

    /** The caller's own views and every shared one, by name. */
    public Page<PortfolioView> list(PageRequest page) {
        UserRef user = access.requireUser();
        return views.visibleTo(user.key(), page);
    }

    public PortfolioView get(long id) {
        UserRef user = access.requireUser();
        return visibleView(id, user).orElseThrow(() -> notFound(id));
    }

    @Override
    public Optional<PortfolioView> visibleView(long id, UserRef caller) {
        if (caller == null) {
            return Optional.empty();
        }
        return views.find(id).filter(v -> v.shared() || v.ownerKey().equals(caller.key()));
    }

    /** Whether the caller may change the view: what clients use to show editing controls. */
    public boolean canEdit(PortfolioView view) {
        return access.caller().map(u -> canEdit(view, u)).orElse(false);
    }

    private boolean canEdit(PortfolioView view, UserRef user) {
        return view.shared() ? access.isOpsManager(user) : view.ownerKey().equals(user.key());
    }

    public PortfolioView create(PortfolioViewInput input) {
        UserRef user = access.requireUser();
        boolean shared = Boolean.TRUE.equals(input.shared());
        if (shared) {
            requireSharer(user);
        }
        PortfolioView candidate = validated(input, null, user.key(), shared, 0);
        return transactions.inTransaction(() -> {
            List<PortfolioViewRepository.NamedView> owned = views.ownedBy(user.key());
            if (owned.size() >= MAX_PER_OWNER) {
                throw ValidationException.of("name", "cannot be added: you already have " + MAX_PER_OWNER + " views; delete one first");
            }
            requireUniqueName(candidate.name(), null, owned);
            PortfolioView created = views.create(candidate, user.key());
            record(created.id(), "CREATED", user, "created " + describe(created));
            return created;
        });
    }

    /** The view, if the caller may change it: 401, then 404 (not visible), then 403 (visible, not theirs to change). */
    public PortfolioView requireEditable(long id) {
        UserRef user = access.requireUser();
        PortfolioView current = get(id);
        if (!canEdit(current, user)) {
            throw new AccessDeniedException(current.shared() ? "Only ops managers can change a shared view."
                    : "Only the owner of a view can change it.");
        }
        return current;
    }

    /** The view, if the caller may delete it: its owner, or an ops manager for a shared view (401, 404, 403). */
    public PortfolioView requireDeletable(long id) {
        UserRef user = access.requireUser();
        PortfolioView current = get(id);
        boolean owner = current.ownerKey().equals(user.key());
        if (!owner && !(current.shared() && access.isOpsManager(user))) {
            throw new AccessDeniedException("Only the owner of a view, or an ops manager for a shared view, can delete it.");
        }
        return current;
    }

    public PortfolioView update(long id, PortfolioViewInput input, int expectedRevision) {
        UserRef user = access.requireUser();
        PortfolioView current = requireEditable(id);
        boolean shared = input.shared() == null ? current.shared() : input.shared();
        if (shared && !current.shared()) {
            requireSharer(user);
        }
        PortfolioView candidate = validated(input, id, current.ownerKey(), shared, expectedRevision);
        return transactions.inTransaction(() -> {
            requireUniqueName(candidate.name(), id, views.ownedBy(current.ownerKey()));
            PortfolioView updated = views.update(candidate, expectedRevision, user.key());
            record(id, "UPDATED", user, "revision " + updated.revision() + ": " + describe(updated));
            return updated;
        });
    }

    public void delete(long id, int expectedRevision) {
        UserRef user = access.requireUser();
        PortfolioView current = requireDeletable(id);
        transactions.inTransaction(() -> {
            views.delete(id, expectedRevision, user.key());
            record(id, "DELETED", user, "deleted " + describe(current));
            return null;
        });
    }

    private void requireSharer(UserRef user) {
        if (!access.isOpsManager(user)) {
            throw new AccessDeniedException("Only ops managers can share a view with everyone.");
        }
    }

    private static void requireUniqueName(String name, Long self, List<PortfolioViewRepository.NamedView> owned) {
        String folded = fold(name);
        for (PortfolioViewRepository.NamedView v : owned) {
            if ((self == null || v.id() != self) && fold(v.name()).equals(folded)) {
                throw ValidationException.of("name", "is already the name of another of your views: choose another");
            }
        }
    }

    private static String fold(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** The view the input describes, or 400 naming every bad field at once. */
    PortfolioView validated(PortfolioViewInput input, Long id, String ownerKey, boolean shared, int revision) {
        List<FieldError> errors = new ArrayList<>();
        String name = input.name() == null ? "" : input.name().strip();
        if (name.isEmpty()) {
            errors.add(FieldError.of("name", "is required"));
        } else if (name.length() > PortfolioView.NAME_MAX) {
            errors.add(FieldError.of("name", "must be at most " + PortfolioView.NAME_MAX + " characters (is " + name.length() + ")"));
        }
        PortfolioView.Filters filters = filters(input.filters() == null
                ? new PortfolioViewInput.Filters(null, null, null, null, null, null, null) : input.filters(), errors);
        PortfolioView.GroupBy groupBy = groupBy(input.groupBy(), errors);
        PortfolioView.Sort sort = sort(input.sort(), errors);
        List<String> columns = columns(input.columns(), errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new PortfolioView(id, name, ownerKey, filters, groupBy, sort, columns, shared, revision);
    }

    private PortfolioView.Filters filters(PortfolioViewInput.Filters in, List<FieldError> errors) {
        Set<String> projects = texts(in.projects(), "filters.projects", errors);
        Set<String> owners = texts(in.owners(), "filters.owners", errors);
        Set<HealthColor> health = enums(HealthColor.class, in.health(), "filters.health", errors);
        Set<StatusCategory> categories = enums(StatusCategory.class, in.statusCategories(), "filters.statusCategories", errors);
        String quarter = blankToNull(in.quarter());
        if (quarter != null && !QUARTER.matcher(quarter).matches()) {
            errors.add(FieldError.of("filters.quarter", "must be a quarter like 2026-Q4"));
        }
        String q = blankToNull(in.q());
        if (q != null && q.length() > Q_MAX) {
            errors.add(FieldError.of("filters.q", "must be at most " + Q_MAX + " characters"));
        }
        String jql = blankToNull(in.jql());
        if (jql != null) {
            if (jql.length() > JQL_MAX) {
                errors.add(FieldError.of("filters.jql", "must be at most " + JQL_MAX + " characters"));
            } else if (ORDER_BY.matcher(jql).find()) {
                errors.add(FieldError.of("filters.jql", "must not have ORDER BY: the view's sort orders the rows"));
            } else {
                try {
                    issues.validateJql(jql);
                } catch (IssueDirectory.InvalidQueryException e) {
                    errors.add(FieldError.of("filters.jql", "does not parse: " + e.getMessage()));
                }
            }
        }
        return new PortfolioView.Filters(projects, owners, health, categories, quarter, q, jql);
    }

    private static Set<String> texts(List<String> values, String field, List<FieldError> errors) {
        Set<String> out = new LinkedHashSet<>();
        if (values == null) {
            return out;
        }
        if (values.size() > LIST_MAX) {
            errors.add(FieldError.of(field, "must hold at most " + LIST_MAX + " values (has " + values.size() + ")"));
            return out;
        }
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i) == null ? "" : values.get(i).strip();
            if (v.isEmpty()) {
                errors.add(FieldError.of(field + "[" + i + "]", "must not be empty"));
            } else if (v.length() > ITEM_MAX) {
                errors.add(FieldError.of(field + "[" + i + "]", "must be at most " + ITEM_MAX + " characters"));
            } else {
                out.add(v);
            }
        }
        return out;
    }

    private static <E extends Enum<E>> Set<E> enums(Class<E> type, List<String> values, String field, List<FieldError> errors) {
        Set<E> out = new LinkedHashSet<>();
        if (values == null) {
            return out;
        }
        E[] allowed = type.getEnumConstants();
        if (values.size() > allowed.length) {
            errors.add(FieldError.of(field, "must hold at most " + allowed.length + " values"));
            return out;
        }
        for (int i = 0; i < values.size(); i++) {
            E e = parse(type, values.get(i));
            if (e == null) {
                errors.add(FieldError.of(field + "[" + i + "]", "must be one of " + Arrays.toString(allowed)));
            } else {
                out.add(e);
            }
        }
        return out;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value.strip())) {
                return e;
            }
        }
        return null;
    }

    private static PortfolioView.GroupBy groupBy(String value, List<FieldError> errors) {
        if (blankToNull(value) == null) {
            return PortfolioView.GroupBy.NONE;
        }
        PortfolioView.GroupBy g = parse(PortfolioView.GroupBy.class, value);
        if (g == null) {
            errors.add(FieldError.of("groupBy", "must be one of " + Arrays.stream(PortfolioView.GroupBy.values())
                    .map(PortfolioView.GroupBy::param).toList()));
        }
        return g;
    }

    private static PortfolioView.Sort sort(PortfolioViewInput.Sort in, List<FieldError> errors) {
        if (in == null || blankToNull(in.field()) == null) {
            return in != null && Boolean.TRUE.equals(in.descending())
                    ? new PortfolioView.Sort(PortfolioView.Sort.DEFAULT.field(), true) : PortfolioView.Sort.DEFAULT;
        }
        PortfolioView.SortField field = SORT_FIELDS.get(in.field().strip());
        if (field == null) {
            errors.add(FieldError.of("sort.field", "must be one of " + SORT_FIELDS.keySet()));
            return PortfolioView.Sort.DEFAULT;
        }
        return new PortfolioView.Sort(field, Boolean.TRUE.equals(in.descending()));
    }

    private static List<String> columns(List<String> values, List<FieldError> errors) {
        if (values == null || values.isEmpty()) {
            return PortfolioView.COLUMNS;
        }
        if (values.size() > PortfolioView.COLUMNS.size()) {
            errors.add(FieldError.of("columns", "must hold at most " + PortfolioView.COLUMNS.size() + " columns"));
            return PortfolioView.COLUMNS;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String c = values.get(i);
            if (c == null || !PortfolioView.COLUMNS.contains(c)) {
                errors.add(FieldError.of("columns[" + i + "]", "must be one of " + PortfolioView.COLUMNS));
            } else if (out.contains(c)) {
                errors.add(FieldError.of("columns[" + i + "]", c + " is listed twice"));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String describe(PortfolioView v) {
        return (v.shared() ? "shared " : "") + "view \"" + v.name() + "\" (group by " + v.groupBy().param() + ", sort "
                + sortParam(v.sort().field()) + (v.sort().descending() ? " desc" : "") + ")";
    }

    private void record(long id, String action, UserRef user, String summary) {
        audit.record(new AuditEntry(AUDIT_SUBJECT, String.valueOf(id), null, null, AUDIT_SUBJECT + "_" + action, user.key(), clock.instant(),
                summary.length() > 1000 ? summary.substring(0, 1000) + "…" : summary, 1));
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("VIEW_NOT_FOUND", "Portfolio view " + id + " does not exist or you may not see it.");
    }
}

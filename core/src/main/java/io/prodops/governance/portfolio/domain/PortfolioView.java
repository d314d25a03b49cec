package io.prodops.governance.portfolio.domain;

import io.prodops.governance.common.domain.StatusCategory;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A saved portfolio view: what the portfolio query filters, groups and sorts by, and which columns it shows.
 *
 * @param id      null until stored
 * @param ownerKey the user key of its owner
 * @param shared  published to everyone by an ops manager
 * @param revision for optimistic locking, 0 until stored
 */
public record PortfolioView(Long id, String name, String ownerKey, Filters filters, GroupBy groupBy, Sort sort, List<String> columns,
                            boolean shared, int revision) {
    public static final int NAME_MAX = 120;

    /**
     * Every filter is optional (null or empty = not filtered).
     *
     * @param quarter like {@code 2026-Q4}: the quarter of the target date
     * @param q       free text matched against key and summary
     * @param jql     the scope's JQL, validated and bounded like the readiness JQL gate
     */
    public record Filters(Set<String> projects, Set<String> owners, Set<HealthColor> health, Set<StatusCategory> statusCategories,
                          String quarter, String q, String jql) {
        public static final Filters NONE = new Filters(Set.of(), Set.of(), Set.of(), Set.of(), null, null, null);

        public Filters {
            projects = projects == null ? Set.of() : Set.copyOf(projects);
            owners = owners == null ? Set.of() : Set.copyOf(owners);
            health = health == null ? Set.of() : Set.copyOf(health);
            statusCategories = statusCategories == null ? Set.of() : Set.copyOf(statusCategories);
        }
    }

    public enum GroupBy {
        NONE, PROJECT, QUARTER, OWNER, HEALTH;

        public String param() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public enum SortField {
        KEY, SUMMARY, PROJECT, OWNER, STATUS_CATEGORY, TARGET_DATE, HEALTH, UPDATED
    }

    public record Sort(SortField field, boolean descending) {
        public static final Sort DEFAULT = new Sort(SortField.TARGET_DATE, false);

        public Sort {
            if (field == null) {
                throw new IllegalArgumentException("field is required");
            }
        }
    }

    /** The columns a view may show, in the REST field names of a portfolio row. */
    public static final List<String> COLUMNS = List.of("issueKey", "summary", "project", "owner", "statusCategory", "targetDate", "prd",
            "readiness", "experiments", "health", "updatedAt");

    public PortfolioView {
        filters = filters == null ? Filters.NONE : filters;
        groupBy = groupBy == null ? GroupBy.NONE : groupBy;
        sort = sort == null ? Sort.DEFAULT : sort;
        columns = columns == null || columns.isEmpty() ? COLUMNS : List.copyOf(columns);
    }

    /** A view of no one: the defaults the query uses when no view is named. */
    public static PortfolioView unsaved(Filters filters, GroupBy groupBy, Sort sort) {
        return new PortfolioView(null, null, null, filters, groupBy, sort, null, false, 0);
    }
}

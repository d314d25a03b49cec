package io.prodops.governance.portfolio.domain;

import io.prodops.governance.common.domain.StatusCategory;
import io.prodops.governance.portfolio.domain.PortfolioView.GroupBy;
import io.prodops.governance.portfolio.domain.PortfolioView.Sort;

import java.util.Set;

/**
 * One portfolio request. Every part is optional: null means "not given", so a saved view's value applies (or the
 * default); a given value overrides the view's.
 *
 * @param viewId  a saved view whose filters, grouping and sort apply
 * @param owners  user keys; {@link #UNASSIGNED} matches initiatives without an owner
 * @param quarter like {@code 2026-Q4}
 * @param page    0-based
 */
public record PortfolioQuery(Long viewId, String jql, Set<String> projects, Set<String> owners, Set<HealthColor> health,
                             Set<StatusCategory> statusCategories, String quarter, String q, GroupBy groupBy, Sort sort, Integer page,
                             Integer size) {
    public static final String UNASSIGNED = "none";
    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    public static PortfolioQuery all() {
        return new PortfolioQuery(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public PortfolioQuery withPage(Integer page, Integer size) {
        return new PortfolioQuery(viewId, jql, projects, owners, health, statusCategories, quarter, q, groupBy, sort, page, size);
    }
}

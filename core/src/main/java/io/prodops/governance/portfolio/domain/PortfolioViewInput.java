package io.prodops.governance.portfolio.domain;

import java.util.List;

/**
 * A view as a client sent it, every value still text, so that {@link PortfolioViewService} can name each bad one
 * ({@code filters.health[0]}). Nulls mean "not given".
 */
public record PortfolioViewInput(String name, Filters filters, String groupBy, Sort sort, List<String> columns, Boolean shared) {
    public record Filters(List<String> projects, List<String> owners, List<String> health, List<String> statusCategories,
                          String quarter, String q, String jql) {
    }

    public record Sort(String field, Boolean descending) {
    }
}

package io.prodops.governance.portfolio.web;

import io.prodops.governance.common.domain.Page;
import io.prodops.governance.common.port.UserDirectory;
import io.prodops.governance.common.web.UserJson;
import io.prodops.governance.portfolio.domain.PortfolioView;
import io.prodops.governance.portfolio.domain.PortfolioViewInput;
import io.prodops.governance.portfolio.domain.PortfolioViewService;

import java.util.List;
import java.util.function.Predicate;

/**
 * The JSON of {@code /portfolio/views} (docs/rest-conventions.md, "Portfolio views"). A view is
 * {@code {"id","name","owner","shared","revision","filters":{...},"groupBy","sort":{"field","descending"},"columns","canEdit"}};
 * text is returned as stored, as data.
 */
public final class PortfolioViewJson {
    private PortfolioViewJson() {
    }

    /** {@code POST} and {@code PUT} bodies ({@code revision} only on PUT). */
    public record ViewBody(String name, PortfolioViewInput.Filters filters, String groupBy, PortfolioViewInput.Sort sort, List<String> columns,
                           Boolean shared, Integer revision) {
        PortfolioViewInput input() {
            return new PortfolioViewInput(name, filters, groupBy, sort, columns, shared);
        }
    }

    public record RevisionBody(Integer revision) {
    }

    public record ViewOut(long id, String name, UserJson owner, boolean shared, int revision, FiltersOut filters, String groupBy, SortOut sort,
                          List<String> columns, boolean canEdit) {
    }

    public record FiltersOut(List<String> projects, List<String> owners, List<String> health, List<String> statusCategories, String quarter,
                             String q, String jql) {
    }

    public record SortOut(String field, boolean descending) {
    }

    public static ViewOut view(PortfolioView v, UserDirectory users, boolean canEdit) {
        PortfolioView.Filters f = v.filters();
        return new ViewOut(v.id(), v.name(), UserJson.of(users.resolve(v.ownerKey())), v.shared(), v.revision(),
                new FiltersOut(f.projects().stream().sorted().toList(), f.owners().stream().sorted().toList(),
                        f.health().stream().sorted().map(Enum::name).toList(), f.statusCategories().stream().sorted().map(Enum::name).toList(),
                        f.quarter(), f.q(), f.jql()),
                v.groupBy().param(), new SortOut(PortfolioViewService.sortParam(v.sort().field()), v.sort().descending()), v.columns(), canEdit);
    }

    public static Page<ViewOut> views(Page<PortfolioView> page, UserDirectory users, Predicate<PortfolioView> canEdit) {
        return page.map(v -> view(v, users, canEdit.test(v)));
    }
}

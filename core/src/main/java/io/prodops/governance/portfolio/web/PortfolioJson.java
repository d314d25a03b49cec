package io.prodops.governance.portfolio.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.prodops.governance.common.domain.UserRef;
import io.prodops.governance.common.port.UserDirectory;
import io.prodops.governance.common.web.UserJson;
import io.prodops.governance.experiment.domain.Decision;
import io.prodops.governance.portfolio.domain.HealthColor;
import io.prodops.governance.portfolio.domain.PortfolioResult;
import io.prodops.governance.portfolio.domain.PortfolioResult.Row;
import io.prodops.governance.portfolio.domain.PortfolioSummary;
import io.prodops.governance.portfolio.domain.PortfolioView;
import io.prodops.governance.readiness.domain.ReadinessMessages;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSON of {@code /portfolio} (docs/rest-conventions.md, "Portfolio"). Health reasons are rendered in the caller's
 * language; the fields the contract gives as {@code null} when absent (owner, targetDate, prd, readiness, view) are
 * written as null rather than left out, so clients can tell "none" from an older server.
 */
final class PortfolioJson {
    private PortfolioJson() {
    }

    record PrdOut(String status, double completeness) {
    }

    record ReadinessOut(String gatesetKey, boolean ready, int passed, int total, List<String> blocking, String evaluatedAt) {
    }

    record ExperimentsOut(Map<String, Integer> byStatus, Map<String, Integer> decisions, int srm) {
    }

    record HealthOut(String color, List<String> reasons) {
    }

    record RowOut(long issueId, String issueKey, String summary, String project, String issueType,
                  @JsonInclude(JsonInclude.Include.ALWAYS) UserJson owner, String statusCategory,
                  @JsonInclude(JsonInclude.Include.ALWAYS) String targetDate, @JsonInclude(JsonInclude.Include.ALWAYS) PrdOut prd,
                  @JsonInclude(JsonInclude.Include.ALWAYS) ReadinessOut readiness, ExperimentsOut experiments, HealthOut health,
                  String updatedAt, String refreshedAt, String url) {
    }

    record GroupOut(String key, String label, int count, Map<String, Integer> health) {
    }

    record TotalsOut(int count, Map<String, Integer> health) {
    }

    record MonthOut(String month, int count) {
    }

    record FunnelOut(int total, int prdApproved, int ready, int launched) {
    }

    record ChartsOut(List<MonthOut> launchesByMonth, FunnelOut funnel, Map<String, Integer> experimentOutcomes) {
    }

    record FiltersOut(List<String> projects, List<String> owners, List<String> health, List<String> statusCategories, String quarter, String q,
                      String jql) {
    }

    record SortOut(String field, boolean descending) {
    }

    record ViewOut(Long id, String name, UserJson owner, boolean shared, int revision, FiltersOut filters, String groupBy, SortOut sort,
                   List<String> columns, boolean canEdit) {
    }

    record PageOut(List<RowOut> rows, int total, int page, int size, List<GroupOut> groups, TotalsOut totals, ChartsOut charts,
                   boolean truncated, @JsonInclude(JsonInclude.Include.ALWAYS) ViewOut view) {
    }

    static PageOut page(PortfolioResult r, ReadinessMessages messages, ViewOut view) {
        return new PageOut(r.rows().stream().map(row -> row(row, messages)).toList(), r.total(), r.page(), r.size(),
                r.groups().stream().map(g -> new GroupOut(g.key(), g.label(), g.count(), colours(g.health()))).toList(),
                new TotalsOut(r.totals().count(), colours(r.totals().health())), charts(r.charts()), r.truncated(), view);
    }

    static RowOut row(Row row, ReadinessMessages messages) {
        PortfolioSummary s = row.summary();
        PortfolioSummary.Readiness rd = s.readiness();
        return new RowOut(s.issueId(), s.issueKey(), s.summary(), s.projectKey(), s.issueType(), UserJson.of(row.owner()),
                s.statusCategory().name(), s.targetDate() == null ? null : s.targetDate().toString(),
                s.prd() == null ? null : new PrdOut(s.prd().status().name(), s.prd().completeness()),
                rd == null ? null : new ReadinessOut(rd.gatesetKey(), rd.ready(), rd.passed(), rd.total(), rd.blocking(), time(rd.evaluatedAt())),
                new ExperimentsOut(names(s.experiments().byStatus()), names(s.experiments().decisions()), s.experiments().srm()),
                new HealthOut(row.health().color().name(), reasons(row, messages)), time(s.updatedAt()), time(s.refreshedAt()),
                "/browse/" + s.issueKey());
    }

    static List<String> reasons(Row row, ReadinessMessages messages) {
        return row.health().reasons().stream().map(messages::text).toList();
    }

    private static ChartsOut charts(PortfolioResult.Charts c) {
        Map<String, Integer> outcomes = new LinkedHashMap<>();
        for (Decision d : Decision.values()) {
            outcomes.put(d.name(), c.experimentOutcomes().decisions().getOrDefault(d, 0));
        }
        outcomes.put("open", c.experimentOutcomes().open());
        return new ChartsOut(c.launchesByMonth().stream().map(m -> new MonthOut(m.month(), m.count())).toList(),
                new FunnelOut(c.funnel().total(), c.funnel().prdApproved(), c.funnel().ready(), c.funnel().launched()), outcomes);
    }

    /** RED, AMBER, GREEN: worst first, every colour present. */
    private static Map<String, Integer> colours(Map<HealthColor, Integer> counts) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (HealthColor c : List.of(HealthColor.RED, HealthColor.AMBER, HealthColor.GREEN)) {
            out.put(c.name(), counts.getOrDefault(c, 0));
        }
        return out;
    }

    private static <E extends Enum<E>> Map<String, Integer> names(Map<E, Integer> counts) {
        Map<String, Integer> out = new TreeMap<>();
        counts.forEach((k, v) -> out.put(k.name(), v));
        return out;
    }

    static ViewOut view(PortfolioView v, UserDirectory users, UserRef caller, boolean opsManager) {
        if (v == null) {
            return null;
        }
        PortfolioView.Filters f = v.filters();
        boolean own = caller != null && caller.key().equals(v.ownerKey());
        return new ViewOut(v.id(), v.name(), v.ownerKey() == null ? null : UserJson.of(users.resolve(v.ownerKey())), v.shared(), v.revision(),
                new FiltersOut(f.projects().stream().sorted().toList(), f.owners().stream().sorted().toList(),
                        f.health().stream().map(Enum::name).sorted().toList(), f.statusCategories().stream().map(Enum::name).sorted().toList(),
                        f.quarter(), f.q(), f.jql()),
                v.groupBy().param(), new SortOut(PortfolioParams.sortParam(v.sort().field()), v.sort().descending()), v.columns(),
                own || (v.shared() && opsManager));
    }

    /** ISO-8601 in UTC, like every timestamp of the API. */
    static String time(Instant at) {
        return at == null ? null : at.toString();
    }
}

package io.prodops.governance.portfolio.storage;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.prodops.governance.common.domain.NotFoundException;
import io.prodops.governance.common.domain.Page;
import io.prodops.governance.common.domain.PageRequest;
import io.prodops.governance.common.domain.RevisionInfo;
import io.prodops.governance.common.domain.StatusCategory;
import io.prodops.governance.common.storage.RevisionGuard;
import io.prodops.governance.portfolio.domain.HealthColor;
import io.prodops.governance.portfolio.domain.PortfolioView;
import io.prodops.governance.portfolio.domain.PortfolioViewRepository;
import io.prodops.governance.portfolio.domain.PortfolioViewService;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@link PortfolioViewRepository} over {@link PortfolioViewEntity}. The definition (filters, grouping, sort, columns)
 * is JSON of records of its own, format 1, so renaming a domain field never changes stored data; it is never queried.
 * The revision is arbitrated by {@link RevisionGuard} as aggregate {@value #AGGREGATE} (id = the row's ID); a delete
 * claims a revision too, so a writer holding the old one gets a conflict rather than a silent no-op.
 */
@Named
public class AoPortfolioViewRepository implements PortfolioViewRepository {
    public static final String AGGREGATE = "PF_VIEW";
    static final int FORMAT = 1;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    public record StoredDefinition(int format, StoredFilters filters, String groupBy, String sortField, boolean sortDescending,
                                   List<String> columns) {
    }

    public record StoredFilters(List<String> projects, List<String> owners, List<String> health, List<String> statusCategories,
                                String quarter, String q, String jql) {
    }

    private final ActiveObjects ao;
    private final RevisionGuard revisions;

    @Inject
    public AoPortfolioViewRepository(ActiveObjects ao, RevisionGuard revisions) {
        this.ao = ao;
        this.revisions = revisions;
    }

    @Override
    public Optional<PortfolioView> find(long id) {
        return ao.executeInTransaction(() -> row(id).map(AoPortfolioViewRepository::toView));
    }

    @Override
    public Page<PortfolioView> visibleTo(String userKey, PageRequest page) {
        return ao.executeInTransaction(() -> {
            int total = ao.count(PortfolioViewEntity.class, Query.select().where("OWNER_KEY = ? OR SHARED = ?", userKey, true));
            PortfolioViewEntity[] rows = ao.find(PortfolioViewEntity.class, Query.select()
                    .where("OWNER_KEY = ? OR SHARED = ?", userKey, true)
                    .order("NAME ASC, ID ASC")
                    .offset(page.offset())
                    .limit(page.size()));
            return new Page<>(Arrays.stream(rows).map(AoPortfolioViewRepository::toView).toList(), total, page.page(), page.size());
        });
    }

    @Override
    public List<NamedView> ownedBy(String ownerKey) {
        return ao.executeInTransaction(() -> Arrays.stream(ao.find(PortfolioViewEntity.class, Query.select("ID, NAME")
                        .where("OWNER_KEY = ?", ownerKey).order("ID ASC").limit(PortfolioViewService.MAX_PER_OWNER + 1)))
                .map(r -> new NamedView(r.getID(), r.getName())).toList());
    }

    @Override
    public PortfolioView create(PortfolioView view, String userKey) {
        return ao.executeInTransaction(() -> {
            Date now = new Date();
            PortfolioViewEntity row = ao.create(PortfolioViewEntity.class,
                    new DBParam("NAME", view.name()), new DBParam("OWNER_KEY", view.ownerKey()), new DBParam("SHARED", view.shared()),
                    new DBParam("DEFINITION", encode(view)), new DBParam("REVISION", 1),
                    new DBParam("UPDATED_BY", userKey), new DBParam("UPDATED_AT", now));
            RevisionInfo first = revisions.start(AGGREGATE, row.getID(), userKey);
            row.setUpdatedAt(Date.from(first.updatedAt()));
            row.save();
            return toView(row);
        });
    }

    @Override
    public PortfolioView update(PortfolioView view, int expectedRevision, String userKey) {
        return ao.executeInTransaction(() -> {
            PortfolioViewEntity row = existing(view.id());
            RevisionInfo next = revisions.advance(AGGREGATE, row.getID(), expectedRevision, userKey);
            row.setName(view.name());
            row.setShared(view.shared());
            row.setDefinition(encode(view));
            row.setRevision(next.revision());
            row.setUpdatedBy(userKey);
            row.setUpdatedAt(Date.from(next.updatedAt()));
            row.save();
            return toView(row);
        });
    }

    @Override
    public void delete(long id, int expectedRevision, String userKey) {
        ao.executeInTransaction(() -> {
            PortfolioViewEntity row = existing(id);
            revisions.advance(AGGREGATE, row.getID(), expectedRevision, userKey);
            ao.delete(row);
            return null;
        });
    }

    private Optional<PortfolioViewEntity> row(long id) {
        if (id <= 0 || id > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        PortfolioViewEntity[] rows = ao.find(PortfolioViewEntity.class, Query.select().where("ID = ?", (int) id));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]); // get() would hand out a proxy of a missing row
    }

    private PortfolioViewEntity existing(Long id) {
        return row(id == null ? 0 : id).orElseThrow(() -> new NotFoundException("VIEW_NOT_FOUND",
                "Portfolio view " + id + " does not exist or you may not see it."));
    }

    static String encode(PortfolioView view) {
        PortfolioView.Filters f = view.filters();
        StoredDefinition stored = new StoredDefinition(FORMAT,
                new StoredFilters(sorted(f.projects()), sorted(f.owners()), f.health().stream().map(Enum::name).sorted().toList(),
                        f.statusCategories().stream().map(Enum::name).sorted().toList(), f.quarter(), f.q(), f.jql()),
                view.groupBy().name(), view.sort().field().name(), view.sort().descending(), view.columns());
        try {
            return MAPPER.writeValueAsString(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a portfolio view", e);
        }
    }

    private static List<String> sorted(java.util.Set<String> values) {
        return values.stream().sorted().toList();
    }

    static PortfolioView toView(PortfolioViewEntity row) {
        StoredDefinition d;
        try {
            d = MAPPER.readValue(row.getDefinition(), StoredDefinition.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored portfolio view " + row.getID() + " is not readable", e);
        }
        if (d.format() != FORMAT) {
            throw new IllegalStateException("unknown portfolio view format " + d.format());
        }
        StoredFilters f = d.filters();
        PortfolioView.Filters filters = f == null ? PortfolioView.Filters.NONE : new PortfolioView.Filters(
                set(f.projects()), set(f.owners()),
                f.health() == null ? null : f.health().stream().map(HealthColor::valueOf).collect(Collectors.toSet()),
                f.statusCategories() == null ? null : f.statusCategories().stream().map(StatusCategory::valueOf).collect(Collectors.toSet()),
                f.quarter(), f.q(), f.jql());
        return new PortfolioView((long) row.getID(), row.getName(), row.getOwnerKey(), filters,
                d.groupBy() == null ? null : PortfolioView.GroupBy.valueOf(d.groupBy()),
                new PortfolioView.Sort(d.sortField() == null ? PortfolioView.Sort.DEFAULT.field() : PortfolioView.SortField.valueOf(d.sortField()),
                        d.sortDescending()),
                d.columns(), row.isShared(), row.getRevision());
    }

    private static java.util.Set<String> set(List<String> values) {
        return values == null ? null : new java.util.LinkedHashSet<>(values);
    }
}

package io.prodops.governance.readiness.storage;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.prodops.governance.common.domain.ProjectRef;
import io.prodops.governance.common.domain.RevisionInfo;
import io.prodops.governance.common.storage.RevisionGuard;
import io.prodops.governance.readiness.domain.GateBinding;
import io.prodops.governance.readiness.domain.GateBindingRepository;
import io.prodops.governance.readiness.domain.GateBindings;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link GateBindingRepository} over {@link GateBindingEntity}: one row per (project, issue type), regrouped into
 * bindings by (project, gate set) in row order on load. The list's revision is arbitrated by {@link RevisionGuard}
 * (aggregate {@value #AGGREGATE}, id 0), so two admins saving from the same revision get one success and one 409.
 * The list is bounded ({@code GateSetService.MAX_BINDINGS} bindings) and read whole only by its editors; the
 * issue-view path reads one project's rows ({@link #forProject}, indexed).
 */
@Named
public class AoGateBindingRepository implements GateBindingRepository {
    static final String AGGREGATE = "GATE_BINDINGS";

    private final ActiveObjects ao;
    private final RevisionGuard revisions;

    @Inject
    public AoGateBindingRepository(ActiveObjects ao, RevisionGuard revisions) {
        this.ao = ao;
        this.revisions = revisions;
    }

    @Override
    public GateBindings load() {
        return ao.executeInTransaction(() -> {
            RevisionInfo revision = revisions.current(AGGREGATE, 0);
            List<GateBinding> bindings = grouped(ao.find(GateBindingEntity.class, Query.select().order("ID")));
            return new GateBindings(revision.revision(), bindings, revision.updatedBy(), revision.updatedAt());
        });
    }

    @Override
    public List<GateBinding> forProject(long projectId) {
        return ao.executeInTransaction(() -> grouped(ao.find(GateBindingEntity.class,
                Query.select().where("PROJECT_ID = ?", projectId).order("ID"))));
    }

    /** Rows back into bindings: one per (project, gate set, typed or not), in row order. */
    private static List<GateBinding> grouped(GateBindingEntity[] rows) {
        Map<String, GateBinding> grouped = new LinkedHashMap<>();
        Map<String, List<String>> types = new LinkedHashMap<>();
        for (GateBindingEntity row : rows) {
            String group = row.getProjectId() + "/" + row.getGatesetKey() + "/" + (row.getIssueType() == null ? "all" : "typed");
            grouped.putIfAbsent(group, new GateBinding(new ProjectRef(row.getProjectId(), null, null), List.of(), row.getGatesetKey()));
            if (row.getIssueType() != null) {
                types.computeIfAbsent(group, g -> new ArrayList<>()).add(row.getIssueType());
            }
        }
        return grouped.entrySet().stream().map(e -> new GateBinding(e.getValue().project(),
                types.getOrDefault(e.getKey(), List.of()), e.getValue().gateset())).toList();
    }

    @Override
    public GateBindings replace(List<GateBinding> bindings, int expectedRevision, String userKey) {
        return ao.executeInTransaction(() -> {
            RevisionInfo next = revisions.advance(AGGREGATE, 0, expectedRevision, userKey);
            ao.deleteWithSQL(GateBindingEntity.class, "ID > ?", 0); // the whole list is replaced
            Date now = Date.from(next.updatedAt());
            for (GateBinding b : bindings) {
                List<String> types = b.issueTypes().isEmpty() ? java.util.Collections.singletonList(null) : b.issueTypes();
                for (String type : types) {
                    ao.create(GateBindingEntity.class,
                            new DBParam("PROJECT_ID", b.project().id()),
                            new DBParam("ISSUE_TYPE", type),
                            new DBParam("GATESET_KEY", b.gateset()),
                            new DBParam("UPDATED_BY", userKey),
                            new DBParam("UPDATED_AT", now));
                }
            }
            return new GateBindings(next.revision(), bindings, userKey, next.updatedAt());
        });
    }
}

package io.prodops.governance.prd.storage;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.prodops.governance.common.domain.RevisionInfo;
import io.prodops.governance.common.storage.RevisionGuard;
import io.prodops.governance.prd.domain.PrdHeader;
import io.prodops.governance.prd.domain.PrdRepository;
import io.prodops.governance.prd.domain.PrdStatus;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.util.Date;
import java.util.Optional;

/** {@link PrdRepository} over {@link PrdEntity}; the lookup by issue id uses the unique index on ISSUE_ID. */
@Named
public class AoPrdRepository implements PrdRepository {
    static final String AGGREGATE = "PRD";

    private final ActiveObjects ao;
    private final RevisionGuard revisions;

    @Inject
    public AoPrdRepository(ActiveObjects ao, RevisionGuard revisions) {
        this.ao = ao;
        this.revisions = revisions;
    }

    @Override
    public Optional<PrdHeader> findByIssueId(long issueId) {
        PrdEntity[] rows = ao.find(PrdEntity.class, Query.select().where("ISSUE_ID = ?", issueId).limit(1));
        return rows.length == 0 ? Optional.empty() : Optional.of(toHeader(rows[0]));
    }

    @Override
    public PrdHeader create(long issueId, long projectId, String templateKey, int templateVersion, String userKey) {
        return ao.executeInTransaction(() -> {
            RevisionInfo first = revisions.start(AGGREGATE, issueId, userKey);
            Date at = Date.from(first.updatedAt());
            PrdEntity row = ao.create(PrdEntity.class,
                    new DBParam("ISSUE_ID", issueId),
                    new DBParam("PROJECT_ID", projectId),
                    new DBParam("TEMPLATE_KEY", templateKey),
                    new DBParam("TEMPLATE_VERSION", templateVersion),
                    new DBParam("STATUS", PrdStatus.DRAFT.name()),
                    new DBParam("REVISION", first.revision()),
                    new DBParam("COMPLETENESS", 0.0),
                    new DBParam("CREATED_BY", userKey),
                    new DBParam("CREATED_AT", at),
                    new DBParam("UPDATED_BY", userKey),
                    new DBParam("UPDATED_AT", at));
            return toHeader(row);
        });
    }

    private static PrdHeader toHeader(PrdEntity e) {
        return new PrdHeader(e.getIssueId(), e.getProjectId(), e.getTemplateKey(), e.getTemplateVersion(),
                PrdStatus.valueOf(e.getStatus()), e.getCompleteness(),
                new RevisionInfo(e.getRevision(), e.getUpdatedBy(), e.getUpdatedAt().toInstant()),
                e.getCreatedBy(), e.getCreatedAt().toInstant());
    }
}

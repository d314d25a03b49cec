package io.prodops.governance.common.storage;

import io.prodops.governance.experiment.storage.ExpResultEntity;
import io.prodops.governance.experiment.storage.ExperimentEntity;
import io.prodops.governance.portfolio.storage.PortfolioSummaryEntity;
import io.prodops.governance.portfolio.storage.PortfolioViewEntity;
import io.prodops.governance.prd.storage.PrdEntity;
import io.prodops.governance.prd.storage.PrdReviewerEntity;
import io.prodops.governance.prd.storage.PrdSectionEntity;
import io.prodops.governance.readiness.storage.GateBindingEntity;
import io.prodops.governance.readiness.storage.GateApprovalEntity;
import io.prodops.governance.readiness.storage.ReadinessSnapshotEntity;
import net.java.ao.RawEntity;

import java.util.List;

/**
 * Every column that stores a user key. Jira's user-key change (anonymization) rewrites exactly these; a test fails
 * when an entity gains a user column that is not listed here.
 */
public final class UserKeyColumns {
    public record Column(Class<? extends RawEntity<?>> entity, String name) {
    }

    public static final List<Column> ALL = List.of(
            new Column(RevisionClaimEntity.class, "USER_KEY"),
            new Column(AuditEventEntity.class, "ACTOR_KEY"),
            new Column(SettingEntity.class, "UPDATED_BY"),
            new Column(ConfigDocEntity.class, "CREATED_BY"),
            new Column(ConfigDocEntity.class, "UPDATED_BY"),
            new Column(ConfigVersionEntity.class, "PUBLISHED_BY"),
            new Column(PrdEntity.class, "CREATED_BY"),
            new Column(PrdEntity.class, "UPDATED_BY"),
            new Column(PrdSectionEntity.class, "UPDATED_BY"),
            new Column(PrdReviewerEntity.class, "USER_KEY"),
            new Column(GateBindingEntity.class, "UPDATED_BY"),
            new Column(GateApprovalEntity.class, "USER_KEY"),
            new Column(GateApprovalEntity.class, "REVOKED_BY"),
            new Column(ReadinessSnapshotEntity.class, "USER_KEY"),
            new Column(ExperimentEntity.class, "DECIDED_BY"),
            new Column(ExperimentEntity.class, "CREATED_BY"),
            new Column(ExperimentEntity.class, "UPDATED_BY"),
            new Column(ExpResultEntity.class, "SUBMITTED_BY"),
            new Column(PortfolioSummaryEntity.class, "OWNER_KEY"),
            new Column(PortfolioViewEntity.class, "OWNER_KEY"),
            new Column(PortfolioViewEntity.class, "UPDATED_BY"));

    private UserKeyColumns() {
    }
}

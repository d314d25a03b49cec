package io.prodops.governance.common.storage;

import io.prodops.governance.experiment.storage.ExpResultEntity;
import io.prodops.governance.experiment.storage.ExpVariantEntity;
import io.prodops.governance.experiment.storage.ExperimentEntity;
import io.prodops.governance.portfolio.storage.PortfolioSummaryEntity;
import io.prodops.governance.portfolio.storage.PortfolioViewEntity;
import io.prodops.governance.prd.storage.PrdEntity;
import io.prodops.governance.prd.storage.PrdReviewerEntity;
import io.prodops.governance.prd.storage.PrdSectionEntity;
import io.prodops.governance.readiness.storage.GateBindingEntity;
import io.prodops.governance.readiness.storage.GateApprovalEntity;
import io.prodops.governance.readiness.storage.ReadinessEvalEntity;
import io.prodops.governance.readiness.storage.ReadinessSnapshotEntity;
import net.java.ao.RawEntity;

import java.util.List;

/**
 * Every Active Objects entity of schema v1, in one place: the Jira descriptor's {@code <ao>} module must list exactly
 * these (a test in jira/ checks it), and hosts without the AO plugin migrate them.
 */
public final class StorageEntities {
    /** The AO namespace: fixed forever, changing it orphans every customer's tables. */
    public static final String NAMESPACE = "io.prodops.governance";

    public static final List<Class<? extends RawEntity<?>>> ALL = List.of(
            RevisionClaimEntity.class,
            AuditEventEntity.class,
            SettingEntity.class,
            ConfigDocEntity.class,
            ConfigVersionEntity.class,
            PrdEntity.class,
            PrdSectionEntity.class,
            PrdReviewerEntity.class,
            GateBindingEntity.class,
            GateApprovalEntity.class,
            ReadinessEvalEntity.class,
            ReadinessSnapshotEntity.class,
            ExperimentEntity.class,
            ExpVariantEntity.class,
            ExpResultEntity.class,
            PortfolioSummaryEntity.class,
            PortfolioViewEntity.class);

    private StorageEntities() {
    }

    @SuppressWarnings("unchecked")
    public static Class<? extends RawEntity<?>>[] asArray() {
        return ALL.toArray(Class[]::new);
    }
}

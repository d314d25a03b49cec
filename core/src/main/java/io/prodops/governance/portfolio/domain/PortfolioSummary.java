package io.prodops.governance.portfolio.domain;

import io.prodops.governance.common.domain.StatusCategory;
import io.prodops.governance.experiment.domain.Decision;
import io.prodops.governance.experiment.domain.ExperimentStatus;
import io.prodops.governance.prd.domain.PrdStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One initiative's stored portfolio summary (a portfolio row before permission filtering): derived from the issue, its
 * PRD, its latest readiness evaluation and the experiments that inform it.
 *
 * @param ownerKey     the assignee's user key, null when unassigned
 * @param targetDate   the target launch date (due date or the configured date field), null when none
 * @param prd          null when the initiative has no PRD
 * @param readiness    null when it was never evaluated
 * @param health       as of {@code healthDay} under {@code rulesVersion} (0 = built-in defaults)
 * @param updatedAt    when the row's content last changed
 * @param refreshedAt  when the row was last rebuilt
 */
public record PortfolioSummary(long issueId, String issueKey, String summary, long projectId, String projectKey, String issueType,
                               String ownerKey, StatusCategory statusCategory, LocalDate targetDate, Prd prd, Readiness readiness,
                               Experiments experiments, Health health, int rulesVersion, LocalDate healthDay, Instant updatedAt,
                               Instant refreshedAt) {
    public PortfolioSummary {
        Objects.requireNonNull(issueKey, "issueKey");
        Objects.requireNonNull(statusCategory, "statusCategory");
        Objects.requireNonNull(health, "health");
        experiments = experiments == null ? Experiments.NONE : experiments;
    }

    /** @param completeness 0..1 */
    public record Prd(PrdStatus status, double completeness) {
        public Prd {
            Objects.requireNonNull(status, "status");
        }
    }

    /**
     * @param blocking the titles of the required gates that block, in gate order
     */
    public record Readiness(String gatesetKey, boolean ready, int passed, int total, List<String> blocking, Instant evaluatedAt) {
        public Readiness {
            blocking = List.copyOf(blocking);
        }
    }

    /** @param srm how many experiments' latest results show a sample-ratio mismatch */
    public record Experiments(Map<ExperimentStatus, Integer> byStatus, Map<Decision, Integer> decisions, int srm) {
        public static final Experiments NONE = new Experiments(Map.of(), Map.of(), 0);

        public Experiments {
            byStatus = byStatus.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(byStatus));
            decisions = decisions.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(decisions));
        }

        public int count() {
            return byStatus.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** What the health rules look at. */
    public HealthInputs healthInputs() {
        return new HealthInputs(targetDate, statusCategory, prd == null ? null : new HealthInputs.PrdFacts(prd.status(), prd.completeness()),
                readiness == null ? null : readiness.ready(), readiness == null ? null : readiness.evaluatedAt(), experiments.count(),
                Math.min(experiments.srm(), experiments.count()));
    }

    /** Same content, ignoring when it was computed: a rebuild that changes nothing keeps {@code updatedAt}. */
    public boolean sameContent(PortfolioSummary other) {
        return other != null && issueId == other.issueId && issueKey.equals(other.issueKey) && Objects.equals(summary, other.summary)
                && projectId == other.projectId && Objects.equals(projectKey, other.projectKey) && Objects.equals(issueType, other.issueType)
                && Objects.equals(ownerKey, other.ownerKey) && statusCategory == other.statusCategory
                && Objects.equals(targetDate, other.targetDate) && Objects.equals(prd, other.prd)
                && Objects.equals(readiness, other.readiness) && experiments.equals(other.experiments) && health.equals(other.health);
    }
}

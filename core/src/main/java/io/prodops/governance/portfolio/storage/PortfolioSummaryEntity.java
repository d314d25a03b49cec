package io.prodops.governance.portfolio.storage;

import io.prodops.governance.common.storage.IssueBound;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

import java.util.Date;

/**
 * One initiative's portfolio summary: everything a portfolio row shows, derived from the issue, its PRD, its latest
 * readiness evaluation and the experiments that inform it, so a portfolio page never evaluates anything. Derived data:
 * rebuilt by the refresher on change events and by the reconcile job; no revision, last writer wins.
 */
@Preload
@Table("PF_SUMMARY")
@Indexes(@Index(name = "pf_summary_issue", methodNames = {"getIssueId"}, unique = true))
public interface PortfolioSummaryEntity extends Entity, IssueBound {
    @NotNull
    @StringLength(255)
    String getIssueKey();

    void setIssueKey(String issueKey);

    /** Jira summaries are at most 255 characters. */
    @StringLength(255)
    String getSummary();

    void setSummary(String summary);

    @StringLength(255)
    String getProjectKey();

    void setProjectKey(String projectKey);

    @StringLength(255)
    String getIssueType();

    void setIssueType(String issueType);

    /** The assignee's user key (rewritten on user-key changes), null when unassigned. */
    @StringLength(255)
    String getOwnerKey();

    void setOwnerKey(String ownerKey);

    /** NEW, IN_PROGRESS or DONE. */
    @NotNull
    @StringLength(16)
    String getStatusCategory();

    void setStatusCategory(String statusCategory);

    /** ISO date (yyyy-MM-dd) of the target launch date, null when none is set. */
    @StringLength(10)
    String getTargetDate();

    void setTargetDate(String targetDate);

    /** The PRD's status, null when the initiative has no PRD. */
    @StringLength(20)
    String getPrdStatus();

    void setPrdStatus(String prdStatus);

    /** 0..1, null when there is no PRD. */
    Double getPrdCompleteness();

    void setPrdCompleteness(Double prdCompleteness);

    /** The latest evaluation's result; null when never evaluated. */
    Boolean getReady();

    void setReady(Boolean ready);

    @StringLength(64)
    String getGatesetKey();

    void setGatesetKey(String gatesetKey);

    int getGatesPassed();

    void setGatesPassed(int gatesPassed);

    int getGatesTotal();

    void setGatesTotal(int gatesTotal);

    /** JSON array of the blocking gates' titles. */
    @StringLength(StringLength.UNLIMITED)
    String getBlocking();

    void setBlocking(String blocking);

    Date getEvaluatedAt();

    void setEvaluatedAt(Date evaluatedAt);

    /**
     * JSON: {"byStatus": {STATUS: n}, "decisions": {DECISION: n}}; at most about 130 characters with every status and
     * decision present, well inside AO's largest bounded length (450; 1024 is refused by AO's schema check).
     */
    @StringLength(450)
    String getExperiments();

    void setExperiments(String experiments);

    int getExperimentCount();

    void setExperimentCount(int experimentCount);

    int getSrmCount();

    void setSrmCount(int srmCount);

    /** RED, AMBER or GREEN as of {@link #getHealthDay()} under rules version {@link #getRulesVersion()}. */
    @NotNull
    @StringLength(8)
    String getHealth();

    void setHealth(String health);

    /** JSON array of reason messages (key and arguments), worst first. */
    @StringLength(StringLength.UNLIMITED)
    String getHealthReasons();

    void setHealthReasons(String healthReasons);

    /** The health-rules version the colour was computed with (0 = built-in defaults). */
    int getRulesVersion();

    void setRulesVersion(int rulesVersion);

    /** ISO date the colour was computed for: date rules change colour as days pass. */
    @StringLength(10)
    String getHealthDay();

    void setHealthDay(String healthDay);

    /** When the row's content last changed. */
    @NotNull
    Date getUpdatedAt();

    void setUpdatedAt(Date updatedAt);

    /** When the row was last rebuilt (changed or not). */
    @NotNull
    Date getRefreshedAt();

    void setRefreshedAt(Date refreshedAt);
}

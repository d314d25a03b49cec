package io.prodops.governance.jira.workflow;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.workflow.condition.AbstractJiraCondition;
import com.opensymphony.module.propertyset.PropertySet;
import io.prodops.governance.jira.issue.JiraIssueDirectory;
import io.prodops.governance.readiness.domain.LaunchGuard;
import jakarta.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashSet;
import java.util.Map;

/**
 * Workflow condition "Launch readiness gates pass": shows the transition only when the latest stored evaluation of
 * the issue against the configured gate set (and gate subset) is ready. Jira asks it for every transition button on
 * every issue view, so it only reads {@link LaunchGuard#cachedReady} (the cached summary, never a search or an
 * evaluation) from the issue Jira already loaded. A never-evaluated issue shows the button (the validator enforces and
 * explains); a broken configuration or a failure hides it (fail closed) and is logged.
 *
 * <p>Jira creates it for each check by class name through the app's container (constructor injection).
 */
public class LaunchReadinessCondition extends AbstractJiraCondition {
    private static final Logger LOG = LoggerFactory.getLogger(LaunchReadinessCondition.class);

    private final LaunchGuard guard;

    @Inject
    public LaunchReadinessCondition(LaunchGuard guard) {
        this.guard = guard;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public boolean passesCondition(Map transientVars, Map args, PropertySet ps) {
        ReadinessRule rule;
        try {
            rule = ReadinessRule.fromArgs(args);
        } catch (ReadinessRule.InvalidRuleException e) {
            LOG.warn("Readiness condition hides a transition: its configuration is invalid ({})", e.getMessage());
            return false;
        }
        try {
            Issue issue = getIssue(transientVars);
            if (issue == null || issue.getId() == null) {
                return false;
            }
            return guard.cachedReady(JiraIssueDirectory.toFacts(issue), rule.gatesetKey(), new LinkedHashSet<>(rule.gateKeys()));
        } catch (RuntimeException e) {
            LOG.warn("Readiness condition hides a transition: {}", e.toString());
            return false;
        }
    }
}

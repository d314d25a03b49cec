package io.prodops.governance.jira.workflow;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.workflow.function.issue.AbstractJiraFunctionProvider;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.loader.ActionDescriptor;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import io.prodops.governance.common.domain.UserRef;
import io.prodops.governance.common.port.UserDirectory;
import io.prodops.governance.jira.issue.JiraIssueDirectory;
import io.prodops.governance.readiness.domain.LaunchGuard;
import jakarta.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/**
 * Post-function "Record readiness snapshot": stores the evaluation at transition time (who, when, which transition,
 * each gate's result) against the configured gate set, for audit ({@link LaunchGuard#recordSnapshot}, which reuses the
 * validator's evaluation of the last minutes). Never fails the transition, which has already happened: a broken
 * configuration or a failure is logged.
 *
 * <p>Jira creates it by class name through the app's container (constructor injection).
 */
public class RecordReadinessSnapshotFunction extends AbstractJiraFunctionProvider {
    private static final Logger LOG = LoggerFactory.getLogger(RecordReadinessSnapshotFunction.class);

    private final LaunchGuard guard;
    private final UserDirectory users;

    @Inject
    public RecordReadinessSnapshotFunction(LaunchGuard guard, UserDirectory users) {
        this.guard = guard;
        this.users = users;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void execute(Map transientVars, Map args, PropertySet ps) {
        try {
            ReadinessRule rule = ReadinessRule.fromArgs(args);
            MutableIssue issue = getIssue(transientVars);
            if (issue == null || issue.getId() == null) {
                LOG.warn("Readiness snapshot not recorded: no stored issue (post-function on a create transition?)");
                return;
            }
            String callerKey = getCallerKey(transientVars, args);
            UserRef caller = callerKey == null ? null : users.resolve(callerKey);
            guard.recordSnapshot(JiraIssueDirectory.toFacts(issue), rule.gatesetKey(), caller, transitionName(transientVars));
        } catch (RuntimeException e) { // InvalidRuleException included: the transition is done, only the record is missing
            LOG.error("Readiness snapshot not recorded", e);
        }
    }

    /** The transition's name from Jira's workflow descriptor ("descriptor" + "actionId"), or null when not at hand. */
    @SuppressWarnings("rawtypes")
    static String transitionName(Map transientVars) {
        if (transientVars.get("descriptor") instanceof WorkflowDescriptor workflow && transientVars.get("actionId") instanceof Integer actionId) {
            ActionDescriptor action = workflow.getAction(actionId);
            return action == null ? null : action.getName();
        }
        return null;
    }
}

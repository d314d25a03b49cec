package io.prodops.governance.jira.workflow;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.workflow.WorkflowFunctionUtils;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.Validator;
import io.prodops.governance.common.domain.UserRef;
import io.prodops.governance.common.port.UserDirectory;
import io.prodops.governance.common.port.UserPreferences;
import io.prodops.governance.common.web.Texts;
import io.prodops.governance.jira.issue.JiraIssueDirectory;
import io.prodops.governance.readiness.domain.LaunchGuard;
import io.prodops.governance.readiness.domain.ValidationOutcome;
import jakarta.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Workflow validator "Launch readiness gates pass": the enforcement. Evaluates the issue fresh against the configured
 * gate set ({@link LaunchGuard#validate}) and refuses the transition with one error per blocking gate and its reason,
 * in the caller's language and time zone and naming only issues the caller may browse: what the PM sees when they try
 * to launch. Unlicensed: lets the transition through and logs a warning. A broken configuration or any failure
 * refuses it (fail closed) with a message saying so.
 *
 * <p>Jira creates it by class name through the app's container (constructor injection).
 */
public class LaunchReadinessValidator implements Validator {
    private static final Logger LOG = LoggerFactory.getLogger(LaunchReadinessValidator.class);

    private final LaunchGuard guard;
    private final UserDirectory users;
    private final UserPreferences preferences;

    @Inject
    public LaunchReadinessValidator(LaunchGuard guard, UserDirectory users, UserPreferences preferences) {
        this.guard = guard;
        this.users = users;
        this.preferences = preferences;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void validate(Map transientVars, Map args, PropertySet ps) throws InvalidInputException {
        UserRef caller = null;
        Locale locale = null;
        ZoneId zone = null;
        ValidationOutcome outcome;
        try {
            String callerKey = WorkflowFunctionUtils.getCallerKey(transientVars, args);
            caller = callerKey == null ? null : users.resolve(callerKey);
            locale = preferences.locale(caller);
            zone = preferences.timeZone(caller);
            ReadinessRule rule = ReadinessRule.fromArgs(args);
            Issue issue = (Issue) transientVars.get("issue");
            if (issue == null || issue.getId() == null) {
                throw new ReadinessRule.InvalidRuleException("no stored issue (validator on a create transition?)");
            }
            outcome = guard.validate(JiraIssueDirectory.toFacts(issue), rule.gatesetKey(), new LinkedHashSet<>(rule.gateKeys()), caller, locale, zone);
        } catch (ReadinessRule.InvalidRuleException e) {
            LOG.warn("Readiness validator refuses a transition: its configuration is invalid ({})", e.getMessage());
            throw new InvalidInputException(new Texts(locale).get("prodops.workflow.misconfigured"));
        } catch (RuntimeException e) {
            LOG.error("Readiness validator failed; the transition is refused", e);
            throw new InvalidInputException(new Texts(locale).get("prodops.workflow.error"));
        }
        if (outcome.warning() != null) {
            LOG.warn("Readiness validator let a transition through: {}", outcome.warning());
        }
        if (!outcome.allowed()) {
            throw refusal(outcome.message() == null ? new Texts(locale).get("prodops.workflow.error") : outcome.message());
        }
    }

    /** The rendered message's first line as the error, each further line (one per blocking gate) as its own error. */
    private static InvalidInputException refusal(String message) {
        List<String> lines = message.lines().filter(l -> !l.isBlank()).toList();
        InvalidInputException refusal = new InvalidInputException(lines.isEmpty() ? message : lines.get(0));
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            refusal.addError(line);
        }
        return refusal;
    }
}

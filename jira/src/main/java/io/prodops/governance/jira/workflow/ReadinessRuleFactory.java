package io.prodops.governance.jira.workflow;

import com.atlassian.jira.plugin.workflow.AbstractWorkflowPluginFactory;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.opensymphony.workflow.loader.AbstractDescriptor;
import com.opensymphony.workflow.loader.ConditionDescriptor;
import com.opensymphony.workflow.loader.FunctionDescriptor;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import io.prodops.governance.common.domain.ConfigStatus;
import io.prodops.governance.common.domain.PageRequest;
import io.prodops.governance.common.domain.VersionedConfig;
import io.prodops.governance.common.web.Texts;
import io.prodops.governance.readiness.domain.GateSet;
import io.prodops.governance.readiness.domain.GateSetService;
import io.prodops.governance.readiness.domain.GateSetVersion;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The workflow designer's side of the readiness condition, validator and post-function: the add/edit form (published
 * gate sets, optional gate subset), the summary on the transition page, and the args Jira stores
 * ({@link ReadinessRule#toArgs}). One subclass per module, for its summary text. Only workflow designers (Jira admins)
 * reach these pages; the form lists at most {@link PageRequest#MAX_SIZE} gate sets.
 */
public abstract class ReadinessRuleFactory extends AbstractWorkflowPluginFactory {
    private final GateSetService gateSets;
    private final JiraAuthenticationContext authentication;
    private final String summaryKey;
    private final boolean gateSubset;

    /**
     * @param summaryKey i18n key of the transition page's summary, the gate-set name as {0}
     * @param gateSubset whether the module takes an optional gate subset (condition, validator) or not (post-function)
     */
    protected ReadinessRuleFactory(GateSetService gateSets, JiraAuthenticationContext authentication, String summaryKey, boolean gateSubset) {
        this.gateSets = gateSets;
        this.authentication = authentication;
        this.summaryKey = summaryKey;
        this.gateSubset = gateSubset;
    }

    @Override
    protected void getVelocityParamsForInput(Map<String, Object> velocityParams) {
        velocityParams.put(RuleForms.FORM, RuleForms.form(texts(), published(), null, gateSubset));
    }

    @Override
    protected void getVelocityParamsForEdit(Map<String, Object> velocityParams, AbstractDescriptor descriptor) {
        velocityParams.put(RuleForms.FORM, RuleForms.form(texts(), published(), storedRule(descriptor).orElse(null), gateSubset));
    }

    @Override
    protected void getVelocityParamsForView(Map<String, Object> velocityParams, AbstractDescriptor descriptor) {
        storedRule(descriptor).ifPresent(rule ->
                velocityParams.put(RuleForms.VIEW, RuleForms.view(texts(), summaryKey, gateSets.published(rule.gatesetKey(), null), rule)));
    }

    /** @throws ReadinessRule.InvalidRuleException (an IllegalArgumentException) when the form names no published rule */
    @Override
    public Map<String, ?> getDescriptorParams(Map<String, Object> formParams) {
        return RuleForms.rule(formParams, key -> gateSets.published(key, null), gateSubset).toArgs();
    }

    /** The newest published version of every gate set that is not retired, in the service's order. */
    private List<GateSetVersion> published() {
        List<GateSetVersion> found = new ArrayList<>();
        for (VersionedConfig.Summary<GateSet> summary : gateSets.list(new PageRequest(0, PageRequest.MAX_SIZE)).items()) {
            if (summary.publishedVersion() > 0 && summary.status() != ConfigStatus.RETIRED && summary.content() != null) {
                gateSets.published(summary.content().key(), null).ifPresent(found::add);
            }
        }
        return found;
    }

    private Texts texts() {
        return new Texts(authentication.getLocale());
    }

    @SuppressWarnings("rawtypes")
    static Optional<ReadinessRule> storedRule(AbstractDescriptor descriptor) {
        Map args = descriptor instanceof ConditionDescriptor c ? c.getArgs()
                : descriptor instanceof ValidatorDescriptor v ? v.getArgs()
                : descriptor instanceof FunctionDescriptor f ? f.getArgs() : null;
        try {
            return Optional.of(ReadinessRule.fromArgs(args));
        } catch (ReadinessRule.InvalidRuleException e) {
            return Optional.empty();
        }
    }
}

package io.prodops.governance.jira.web;

import com.atlassian.plugin.web.Condition;
import io.prodops.governance.common.domain.Access;
import io.prodops.governance.experiment.web.ExperimentPanelView;
import jakarta.inject.Inject;

import java.util.Map;

/**
 * Shows the experiment web panel on Experiment issues (by issue type, {@link ExperimentPanelView#appliesTo}) to
 * callers who may browse them.
 */
public class ExperimentPanelCondition implements Condition {
    private final Access access;

    @Inject
    public ExperimentPanelCondition(Access access) {
        this.access = access;
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return IssuePanels.browsableIssue(access, context).filter(ExperimentPanelView::appliesTo).isPresent();
    }
}

package io.prodops.governance.jira.web;

import io.prodops.governance.common.domain.Access;
import jakarta.inject.Inject;

/**
 * Shows the "Launch readiness" web panel to exactly those who may see the PRD panel: callers who may browse the viewed
 * issue (its own module key so the two panels can be told apart and changed independently).
 */
public class ReadinessPanelCondition extends PrdPanelCondition {
    @Inject
    public ReadinessPanelCondition(Access access) {
        super(access);
    }
}
